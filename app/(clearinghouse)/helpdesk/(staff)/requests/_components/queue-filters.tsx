import Link from "next/link";
import { LICENSE_PROGRAMS } from "@/lib/licensing/catalog";
import { RECOVERY_STATUSES } from "@/lib/helpdesk/labels";
import { ALL_STATUSES, SORTS, type QueueDateErrors, type QueueParams } from "@/lib/helpdesk/queue-params";
import { fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

const compact = `${inputClass} !py-1`;

// A plain GET form: the filters become the URL, so a view can be bookmarked and shared, and it works
// before (or without) JavaScript. The page renders it with a key made of the URL, so after a link or Back
// changes the view the boxes are made again from the URL instead of keeping what they showed before.
// A date the queue could not use keeps what was typed (`typed`) and says why next to its box.
export function QueueFilters({ params, dateErrors = {}, typed = {} }: { params: QueueParams; dateErrors?: QueueDateErrors; typed?: Partial<Record<"from" | "to", string>> }) {
  return (
    <form method="get" action="/helpdesk/requests" role="search" aria-label="Find requests" className="mt-3 rounded-lg border border-line bg-surface px-3 py-2 shadow-sm">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-2 text-sm">
        <div className="min-w-56 flex-[3]">
          <label htmlFor="q" className="block font-semibold">Search</label>
          <input id="q" name="q" type="search" defaultValue={params.q} aria-describedby="q-hint" className={compact} autoComplete="off" spellCheck={false} />
        </div>
        <div className="min-w-36 flex-1">
          <label htmlFor="status" className="block font-semibold">Status</label>
          <select id="status" name="status" defaultValue={params.status} className={compact}>
            {RECOVERY_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
            <option value={ALL_STATUSES}>All statuses</option>
          </select>
        </div>
        <div className="min-w-36 flex-1">
          <label htmlFor="program" className="block font-semibold">License Program</label>
          <select id="program" name="program" defaultValue={params.program ?? ""} className={compact}>
            <option value="">All license programs</option>
            {LICENSE_PROGRAMS.map((p) => (
              <option key={p.value} value={p.value}>{p.label}</option>
            ))}
          </select>
        </div>
        <div className="min-w-36 flex-1">
          <label htmlFor="sort" className="block font-semibold">Sort by</label>
          <select id="sort" name="sort" defaultValue={params.sort} className={compact}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>{s.label}</option>
            ))}
          </select>
        </div>
        {(["from", "to"] as const).map((key) => (
          <div key={key} className="max-w-64">
            <label htmlFor={key} className="block font-semibold">Received {key} (UTC)</label>
            <input name={key} type="date" defaultValue={dateErrors[key] ? typed[key] : params[key]} className={compact} {...fieldAria(key, dateErrors[key])} />
            {dateErrors[key] ? (
              <p id={`${key}-error`} className="mt-1 text-xs font-semibold text-danger">
                <span className="sr-only">Error: </span>
                {dateErrors[key]}
              </p>
            ) : null}
          </div>
        ))}
        <label className="flex items-center gap-2 py-1.5">
          <input type="checkbox" name="practice" value="include" defaultChecked={params.practice === "include"} className="size-4" />
          Include practice servers
        </label>
        <div className="flex items-center gap-3">
          <Button type="submit" className="!py-1">Apply</Button>
          <Link href="/helpdesk/requests">Clear</Link>
        </div>
      </div>
      <p id="q-hint" className="mt-1 text-xs text-muted">Search by reference, Target License Server ID, start of the company name, e-mail address or license key pack ID.</p>
    </form>
  );
}
