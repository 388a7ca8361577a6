// A request's answers, section by section, as description lists; the verify page adds a Change link to
// each section that returns to its page and back.
import Link from "next/link";
import { GroupedId } from "@/components/ui/grouped-id";
import type { SummarySection } from "@/lib/clearinghouse/summary";

/** Any site flow's sections (Manage CALs', or Activate / Reactivate / Deactivate a license server's). */
type Section = Pick<SummarySection, "title" | "rows"> & { step: string };

export function SummaryList<S extends Section>({ sections, changeHref }: { sections: readonly S[]; changeHref?: (section: S) => string }) {
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`summary-${section.step}`} className="rounded border border-line bg-surface p-4">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id={`summary-${section.step}`} className="text-lg">{section.title}</h2>
            {changeHref ? (
              <Link href={changeHref(section)} className="print:hidden">
                Change<span className="sr-only"> {section.title.toLowerCase()}</span>
              </Link>
            ) : null}
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
            {section.rows.map((row) => (
              <div key={row.label} className="contents">
                <dt className="font-semibold">{row.label}</dt>
                <dd className="min-w-0 wrap-anywhere">{row.grouped && row.value ? <GroupedId value={row.value} /> : row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
