import Link from "next/link";

export const metadata = { title: { default: "Remote Desktop Licensing Manager", template: "%s · Remote Desktop Licensing Manager" } };

/** The console's window chrome: title bar and menu bar of an MMC snap-in. */
export default function ConsoleLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-chrome">
      <header className="flex items-center justify-between bg-[#1f3a5f] px-4 py-2 text-white print:hidden">
        <p className="font-semibold">
          <Link href="/console" className="text-white no-underline hover:text-white">Remote Desktop Licensing Manager</Link>
        </p>
        <p className="text-sm text-white/85">License server console · no Internet connection</p>
      </header>
      <div id="main" className="flex flex-1 flex-col">{children}</div>
    </div>
  );
}
