import Link from "next/link";
import { connection } from "next/server";
import { requireSupervisor } from "@/lib/auth/guards";
import { AUDIT_ENTITY_TYPES, parseAuditFilter } from "@/lib/helpdesk/audit-query";
import { getAuditPage } from "@/lib/helpdesk/queries";
import { AuditTable } from "@/components/helpdesk/audit-history";
import { PageHeader } from "@/components/helpdesk/page-header";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export const metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  await requireSupervisor();
  const filter = parseAuditFilter(await searchParams);
  const { rows, references, nextCursor } = await getAuditPage(filter);
  const next = new URLSearchParams(Object.entries({ ...filter, after: nextCursor }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <PageHeader title="Audit log" lead="Every change: who, when, what, and the values before and after. Newest first." />
      <form method="get" role="search" aria-label="Filter the audit log" className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4 shadow-sm">
        <Field id="entityType" label="Kind of record" className="min-w-48">
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className={inputClass}>
            <option value="">All kinds</option>
            {AUDIT_ENTITY_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </Field>
        <Field id="action" label="Action starts with" className="min-w-48">
          <input id="action" name="action" defaultValue={filter.action} className={inputClass} />
        </Field>
        <Field id="actor" label="Who" className="min-w-48">
          <input id="actor" name="actor" defaultValue={filter.actor} className={inputClass} />
        </Field>
        <Button type="submit">Apply</Button>
        <Link href="/helpdesk/audit" className="py-2">Clear</Link>
      </form>
      <div className="mt-6">{rows.length === 0 ? <p>No entries match.</p> : <AuditTable rows={rows} references={references} showEntity />}</div>
      {nextCursor ? <p className="mt-4"><Link href={`/helpdesk/audit?${next}`}>Older entries</Link></p> : null}
    </>
  );
}
