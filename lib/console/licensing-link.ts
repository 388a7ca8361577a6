// The address of the Remote Desktop Services Licensing Web site shown on Obtain Client License Key Pack:
// the site's start page carrying this server's ID, so Manage CALs opens with the Target License Server ID
// filled in. A convenience only: the same 35 digits are shown for copying by hand (docs/domain.md).
import type { DraftOptionValue } from "@/lib/clearinghouse/select-options";

export interface LinkOrigin {
  /** env().LICENSING_SITE_URL: the site's base address, or its start page. */
  configured?: string;
  /**
   * The request's Host header, as server/index.mjs settled it from the trusted proxies (TRUST_PROXY): the
   * address the person browses, also on a page a server action redirected to (server/forwarded-headers.mjs).
   */
  host?: string | null;
  /** Served over https. */
  https?: boolean;
  /** The Select Option option the link preselects (the Web site's `option` parameter); none: Manage CALs. */
  option?: SiteOptionParam;
}

/** The options a console link may preselect on the Web site's Select Option page. */
export type SiteOptionParam = DraftOptionValue;

/** A host name or address with an optional port: nothing that could change the link's path or scheme. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

export function licensingSiteUrl(licenseServerId: string, origin: LinkOrigin): string {
  // The Install Licenses Wizard's link preselects its option on Select Option (Manage CALs is the default).
  const params: Record<string, string> = { licenseServerId };
  if (origin.option && origin.option !== "manage-cals") params.option = origin.option;
  return licensingPageUrl("", params, origin);
}

/**
 * A page of the web site under its start page (`page` "activate" → /licensing/activate), carrying `params`
 * (the Activate Server Wizard's link carries the Product ID, so the site's form opens filled in).
 */
export function licensingPageUrl(page: string, params: Record<string, string>, origin: LinkOrigin): string {
  const url = origin.configured ? new URL(origin.configured) : new URL(`${origin.https ? "https" : "http"}://${safeHost(origin.host)}`);
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/licensing";
  if (page) url.pathname = `${url.pathname.replace(/\/+$/, "")}/${page}`;
  url.search = "";
  url.hash = "";
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/** The addresses a server binds to that no browser elsewhere can reach (0.0.0.0, ::): never a link's host. */
const UNSPECIFIED = /^(0\.0\.0\.0|\[(0*:)*:?0*\])$/;

function safeHost(host: string | null | undefined): string {
  const value = (host ?? "").trim();
  const match = HOST.exec(value);
  if (!match) return "localhost";
  // A bind address: this computer at least (keeping the port) rather than an address that leads nowhere.
  return UNSPECIFIED.test(match[1]!) ? `localhost${match[2] ?? ""}` : value;
}
