// The address of the Remote Desktop Services Licensing Web site shown on Obtain Client License Key Pack:
// the site's start page carrying this server's ID, so Manage CALs opens with the Target License Server ID
// filled in. A convenience only: the same 35 digits are shown for copying by hand (docs/domain.md).

export interface LinkOrigin {
  /** env().LICENSING_SITE_URL: the site's base address, or its start page. */
  configured?: string;
  /** The request's Host (or X-Forwarded-Host) header. */
  host?: string | null;
  /** The request's X-Forwarded-Proto header. */
  proto?: string | null;
}

export function licensingSiteUrl(licenseServerId: string, origin: LinkOrigin): string {
  const url = origin.configured ? new URL(origin.configured) : new URL(`${protocol(origin.proto)}://${firstValue(origin.host) || "localhost"}`);
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/licensing";
  url.search = "";
  url.hash = "";
  url.searchParams.set("licenseServerId", licenseServerId);
  return url.toString();
}

function firstValue(header: string | null | undefined): string {
  return (header ?? "").split(",")[0]!.trim();
}

function protocol(proto: string | null | undefined): "http" | "https" {
  return firstValue(proto) === "https" ? "https" : "http";
}
