// Completing the Manage RDS CALs Wizard: event 88's message, then what the rebuild changed (totals before and
// after, per type of RDS CAL and License Program, from lib/console/rebuild-summary.ts) and the reinstalled
// key packs, so the person can check the result against the purchase documents before clicking Finish.
import { WizardFinish } from "@/components/console/wizard-finish";
import { cell, ConsoleTable, numericCell } from "@/components/console/console-table";
import { KeyPackTable } from "@/components/console/key-pack-table";
import type { FinishedRun } from "@/lib/console/queries";
import { REBUILT_MESSAGE } from "@/lib/console/events";
import { summarizeRebuild } from "@/lib/console/rebuild-summary";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

const CHANGE_COLUMNS = [
  { label: "License Version and Type" },
  { label: "License Program" },
  { label: "Licenses before", numeric: true },
  { label: "Licenses after", numeric: true },
];

export function CompletedStep({ serverName, run }: { serverName: string; run: FinishedRun }) {
  const summary = summarizeRebuild(run.deletedSnapshot, run.installedKeyPacks, run);
  const { before, after } = summary;
  return (
    <>
      <p role="status" className="rounded border-l-4 border-success bg-success-soft p-3 font-semibold">{REBUILT_MESSAGE}</p>
      <p className="mt-4">You have successfully completed the Manage RDS CALs Wizard on license server {serverName}.</p>
      <h2 className="mt-6 text-lg">What changed</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Before the rebuild: {plural(before.keyPacks, "key pack")} with {plural(before.licenses, "RDS CAL")}, {before.issued.toLocaleString("en-US")} of them issued to clients. All were
          deleted.
        </li>
        <li>
          After the rebuild: {plural(after.keyPacks, "key pack")} with {plural(after.licenses, "RDS CAL")} reinstalled. RDS CALs are issued to clients again as they connect.
        </li>
      </ul>
      <div className="mt-4">
        <ConsoleTable caption="RDS CALs before and after the rebuild" columns={CHANGE_COLUMNS} empty="No RDS CALs before or after.">
          {summary.rows.map((r) => (
            <tr key={`${r.type}/${r.program}`}>
              <td className={cell}>{r.type}</td>
              <td className={cell}>{r.program}</td>
              <td className={numericCell}>{r.before}</td>
              <td className={numericCell}>{r.after}</td>
            </tr>
          ))}
        </ConsoleTable>
      </div>
      <div className="mt-6">
        <KeyPackTable rows={run.installedKeyPacks} caption="Reinstalled RDS CALs" withLicenseKeyPackId />
      </div>
      <WizardFinish serverName={serverName} runId={run.id} powershell={{ action: "rebuild" }} />
    </>
  );
}
