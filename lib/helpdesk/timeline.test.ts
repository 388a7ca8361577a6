import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";

const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 10, minutes));

describe("buildTimeline", () => {
  it("puts received first, then audit entries and notes by time", () => {
    const events = buildTimeline(
      t(0),
      [{ id: "1", action: "request.approved", actorLabel: "agent@x", createdAt: t(30), before: { status: "AWAITING_REVIEW" }, after: { status: "APPROVED" } }],
      [{ id: "n", body: "Called the customer", authorName: "Avery", createdAt: t(10) }],
    );
    expect(events.map((e) => e.title)).toEqual(["Request received", "Internal note", "Approved and issued"]);
  });

  it("skips audit entries that repeat a note or the submission", () => {
    const events = buildTimeline(t(0), [
      { id: "1", action: "request.note_added", actorLabel: "a", createdAt: t(1), before: null, after: null },
      { id: "2", action: "request.submitted", actorLabel: "Web site visitor", createdAt: t(0), before: null, after: null },
      { id: "3", action: "something.else", actorLabel: "a", createdAt: t(2), before: null, after: null },
    ], []);
    expect(events.map((e) => e.title)).toEqual(["Request received", "something.else"]);
  });
});
