import Link from "next/link";
import { ProcedureColumns, ProcedureFrame } from "@/components/procedure/procedure-frame";
import { ProcedureToggle } from "@/components/procedure/procedure-toggle";

export const metadata = { title: { default: "Remote Desktop Services Licensing", template: "%s · Remote Desktop Services Licensing" } };

export default function LicensingLayout({ children }: { children: React.ReactNode }) {
  return (
    <ProcedureFrame>
      <div className="flex min-h-screen flex-col bg-canvas">
        <header className="bg-accent text-white print:hidden">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-6 py-4">
            <p className="text-lg font-semibold">
              <Link href="/licensing" className="text-white no-underline hover:text-white">Remote Desktop Services Licensing</Link>
            </p>
            <div className="flex flex-wrap items-center gap-4">
              <nav aria-label="Licensing site">
                <Link href="/licensing/status" className="text-white hover:text-white">Check request status</Link>
              </nav>
              <ProcedureToggle />
            </div>
          </div>
        </header>
        <ProcedureColumns mainClassName="mx-auto w-full max-w-4xl px-6 py-8">{children}</ProcedureColumns>
        <footer className="border-t border-line bg-surface py-4 text-center text-sm text-muted print:hidden">
          A mock of the Microsoft Clearinghouse for practice. IDs issued here work only in RD Licensing Studio.
        </footer>
      </div>
    </ProcedureFrame>
  );
}
