import { formatDateTime } from "@/lib/format/date";
import { describeAudit } from "@/lib/helpdesk/audit-words";
import type { TimelineEvent } from "@/lib/helpdesk/timeline";
import { Section } from "./section";

export function Timeline({ events }: { events: TimelineEvent[] }) {
  return (
    <Section id="timeline-heading" title="Timeline">
      <ol className="space-y-3 border-l-2 border-line pl-4">
        {events.map((e) => (
          <li key={e.key}>
            <p className="font-semibold">{e.title}</p>
            <p className="text-sm text-muted">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
              {e.kind !== "received" ? <> · {e.actor}</> : null}
            </p>
            {e.kind === "note" ? <p className="mt-1 whitespace-pre-wrap">{e.body}</p> : null}
            {e.kind === "audit" ? (
              <ul className="mt-1 text-sm">
                {describeAudit(e.action, e.before, e.after, e.actor).map((line) => (
                  <li key={line} className="break-words">{line}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
