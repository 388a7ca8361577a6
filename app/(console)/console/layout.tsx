import Link from "next/link";
import { ProcedureColumns, ProcedureFrame } from "@/components/procedure/procedure-frame";
import { ProcedureToggle } from "@/components/procedure/procedure-toggle";

export const metadata = { title: { default: "Remote Desktop Licensing Manager", template: "%s · Remote Desktop Licensing Manager" } };

/** The console's window chrome: title bar and menu bar of an MMC snap-in; the Procedure panel beside it. */
export default function ConsoleLayout({ children }: { children: React.ReactNode }) {
  return (
    <ProcedureFrame>
      <div className="flex min-h-screen flex-col bg-chrome">
        <header className="flex flex-wrap items-center justify-between gap-2 bg-[#1f3a5f] px-4 py-2 text-white print:hidden">
          <p className="font-semibold">
            <Link href="/console" className="text-white no-underline hover:text-white">Remote Desktop Licensing Manager</Link>
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-sm text-white/85">License server console · no Internet connection</p>
            <ProcedureToggle />
          </div>
        </header>
        <ProcedureColumns mainClassName="flex flex-col">{children}</ProcedureColumns>
      </div>
    </ProcedureFrame>
  );
}
