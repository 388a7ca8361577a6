import Link from "next/link";

/** The studio's own header, on the pages outside the three sites (the root not-found and error pages). */
export function SiteHeader() {
  return (
    <header className="bg-ink text-white">
      <p className="mx-auto max-w-4xl px-6 py-3 font-semibold">
        <Link href="/" className="text-white no-underline hover:text-white">RD Licensing Studio</Link>
      </p>
    </header>
  );
}

export const STUDIO_WAYS_BACK = [
  { href: "/", label: "Go to the RD Licensing Studio home page" },
  { href: "/console", label: "Remote Desktop Licensing Manager" },
  { href: "/licensing", label: "Remote Desktop Services Licensing Web site" },
] as const;
