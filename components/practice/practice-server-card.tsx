// On the owner's practice server page: the Practice badge, when it expires, the purchases to use on the
// Remote Desktop Services Licensing Web site (its own credentials), and Reset.
import { cell, ConsoleTable, numericCell } from "@/components/console/console-table";
import { formatDateTime } from "@/lib/format/date";
import { calType, licenseProgram } from "@/lib/licensing/catalog";
import { credentialFields, PRACTICE_ACCOUNTS } from "@/lib/practice/plan";
import type { PracticeCard } from "@/lib/practice/queries";
import { PracticeBadge } from "./practice-badge";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { serverHref } from "@/lib/console/urls";
import { isScenarioId, SCENARIOS } from "@/lib/practice/scenarios";

const COLUMNS = [{ label: "License Program" }, { label: "Credential" }, { label: "Type of RDS CAL" }, { label: "Quantity", numeric: true }];

export function PracticeServerCard({ card, wasReset }: { card: PracticeCard; wasReset: boolean }) {
  return (
    <section aria-labelledby="practice-heading" className="rounded border-2 border-warning bg-surface p-4">
      <h2 id="practice-heading" className="text-lg">
        Your practice license server <PracticeBadge />
      </h2>
      {wasReset ? (
        <p role="status" className="mt-2 rounded border-l-4 border-success bg-success-soft p-2">{card.name} was reset to its starting state.</p>
      ) : null}
      {isScenarioId(card.practiceScenario) ? (
        <p className="mt-2">
          Class scenario: <strong>{SCENARIOS[card.practiceScenario].title}</strong>. Goal: {SCENARIOS[card.practiceScenario].goal}{" "}
          <Link href="/class">Back to your class</Link>
        </p>
      ) : null}
      {card.practiceAccess === "UNREACHABLE" ? (
        <p className="mt-2 rounded border-l-4 border-warning p-2">
          This license server has failed: the console shows what it last knew of it, but cannot connect to it or change it. Its RDS CALs are to be
          migrated to the new license server of your scenario; Reset practice server resets both.
        </p>
      ) : card.practiceAccess === "NOT_ADMIN" ? (
        <p className="mt-2 rounded border-l-4 border-warning p-2">
          The console is connected with {PRACTICE_ACCOUNTS.trainee}, which is not a member of this license server&apos;s local Administrators group: it
          can show the server but not change it.
        </p>
      ) : null}
      <p className="mt-2">
        Only this browser lists {card.name}; other trainees have their own. It is removed with all its data on{" "}
        <strong>{card.practiceExpiresAt ? formatDateTime(card.practiceExpiresAt) : "its expiry"}</strong>.
      </p>
      <p className="mt-2">
        Its RDS CAL purchase agreement documentation: on the Remote Desktop Services Licensing Web site, Manage CALs asks for one of
        these purchases, the type of RDS CAL and the quantity.
      </p>
      <div className="mt-3">
        <ConsoleTable caption={`Purchases for ${card.name}`} columns={COLUMNS} empty="No purchases.">
          {card.entitlements.map((e) => (
            <tr key={e.id}>
              <td className={cell}>{licenseProgram(e.licenseProgram).label}</td>
              <td className={cell}>
                {credentialFields(e.licenseProgram, e.credential).map((f) => (
                  <span key={f.label} className="block">
                    {f.label}: <span className="font-mono whitespace-nowrap">{f.value}</span>
                  </span>
                ))}
              </td>
              <td className={cell}>{calType(e.calType).label}</td>
              <td className={numericCell}>{e.quantity}</td>
            </tr>
          ))}
        </ConsoleTable>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Link href={`${serverHref(card.id, "reset-practice")}`} prefetch={false} className={buttonClass("secondary")} aria-describedby="reset-practice-hint">
          Reset practice server
        </Link>
        <p id="reset-practice-hint" className="text-sm text-muted">
          Reinstalls the starting RDS CALs and forgets this server&apos;s rebuilds and Web site requests. Asks first.
        </p>
      </div>
    </section>
  );
}
