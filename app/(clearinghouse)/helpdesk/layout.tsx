import Link from "next/link";

export const metadata = { title: { default: "Clearinghouse helpdesk", template: "%s · Clearinghouse helpdesk" } };

export default function HelpdeskLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-canvas">
      <header className="bg-ink text-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between px-6 py-3">
          <p className="font-semibold">
            <Link href="/helpdesk" className="text-white no-underline hover:text-white">Clearinghouse helpdesk</Link>
          </p>
          <p className="text-sm text-white/85">Staff only</p>
        </div>
      </header>
      {children}
    </div>
  );
}
