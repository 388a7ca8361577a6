import Link from "next/link";
import { LICENSE_PROGRAMS } from "@/lib/licensing/catalog";
import { RECOVERY_STATUSES } from "@/lib/helpdesk/labels";
import { SORTS, type QueueParams } from "@/lib/helpdesk/queue-params";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

// A plain GET form: the filters become the URL, so a view can be bookmarked and shared, and it works
// before (or without) JavaScript.
export function QueueFilters({ params }: { params: QueueParams }) {
  return (
    <form method="get" action="/helpdesk/requests" role="search" aria-label="Find requests" className="mt-6 rounded-lg border border-line bg-surface p-4 shadow-sm">
      <div className="grid gap-x-4 md:grid-cols-6">
        <Field id="q" label="Search" hint="Reference, Target License Server ID, start of the company name, e-mail address or license key pack ID" className="md:col-span-6">
          <input id="q" name="q" type="search" defaultValue={params.q} aria-describedby="q-hint" className={inputClass} autoComplete="off" spellCheck={false} />
        </Field>
        <Field id="status" label="Status" className="mt-4 md:col-span-2">
          <select id="status" name="status" defaultValue={params.status ?? ""} className={inputClass}>
            <option value="">All statuses</option>
            {RECOVERY_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
          </select>
        </Field>
        <Field id="program" label="License Program" className="mt-4 md:col-span-2">
          <select id="program" name="program" defaultValue={params.program ?? ""} className={inputClass}>
            <option value="">All license programs</option>
            {LICENSE_PROGRAMS.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        </Field>
        <Field id="sort" label="Sort by" className="mt-4 md:col-span-2">
          <select id="sort" name="sort" defaultValue={params.sort} className={inputClass}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
          </select>
        </Field>
        <Field id="from" label="Received from (UTC)" className="mt-4 md:col-span-2">
          <input id="from" name="from" type="date" defaultValue={params.from} className={inputClass} />
        </Field>
        <Field id="to" label="Received to (UTC)" className="mt-4 md:col-span-2">
          <input id="to" name="to" type="date" defaultValue={params.to} className={inputClass} />
        </Field>
        <div className="mt-4 flex items-end gap-4 md:col-span-2">
          <Button type="submit">Apply</Button>
          <Link href="/helpdesk/requests" className="py-2">Clear</Link>
        </div>
      </div>
    </form>
  );
}
