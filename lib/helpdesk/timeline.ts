// A request's timeline: when it arrived, every audit entry about it, and the internal notes, oldest first.
import { actionLabel } from "@/lib/audit-actions";

export interface TimelineAudit {
  id: string;
  action: string;
  actorLabel: string;
  /** The staff member's name, when a staff member did it (the label is their e-mail address). */
  actor?: { name: string } | null;
  createdAt: Date;
  before: unknown;
  after: unknown;
}

export interface TimelineNote {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
}

export type TimelineEvent =
  | { kind: "received"; key: string; at: Date; title: string }
  | { kind: "audit"; key: string; at: Date; title: string; action: string; actor: string; before: unknown; after: unknown }
  | { kind: "note"; key: string; at: Date; title: string; actor: string; body: string };

export function buildTimeline(receivedAt: Date, audits: TimelineAudit[], notes: TimelineNote[]): TimelineEvent[] {
  const events: TimelineEvent[] = [{ kind: "received", key: "received", at: receivedAt, title: "Request received" }];
  for (const entry of audits) {
    // The note itself is on the timeline; its audit entry would only repeat it. A submission's own entry
    // repeats "Request received".
    if (entry.action === "request.note_added" || entry.action === "request.submitted") continue;
    events.push({ kind: "audit", key: `a-${entry.id}`, at: entry.createdAt, title: actionLabel(entry.action), action: entry.action, actor: entry.actor?.name ?? entry.actorLabel, before: entry.before, after: entry.after });
  }
  for (const note of notes) {
    events.push({ kind: "note", key: `n-${note.id}`, at: note.createdAt, title: "Internal note", actor: note.authorName, body: note.body });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || order(a) - order(b));
}

function order(event: TimelineEvent): number {
  return event.kind === "received" ? 0 : event.kind === "audit" ? 1 : 2;
}
