import { describe, expect, it } from "vitest";
import { dateRange, decodeCursor, encodeCursor, parseQueueParams, QUEUE_DATE_MESSAGES, queueDateErrors, queueHref } from "./queue-params";

describe("queue URL parameters", () => {
  it("keep valid filters and drop nonsense", () => {
    const params = parseQueueParams({ q: "contoso", status: "AWAITING_REVIEW", program: "BOGUS", from: "2026-13-45", sort: "sideways" });
    expect(params).toMatchObject({ q: "contoso", status: "AWAITING_REVIEW", program: undefined, from: undefined, sort: "oldest" });
  });

  it("open on the work waiting: Awaiting review, oldest first, practice hidden", () => {
    expect(parseQueueParams({})).toMatchObject({ status: "AWAITING_REVIEW", sort: "oldest", practice: undefined });
    expect(parseQueueParams({ status: "all", practice: "include" })).toMatchObject({ status: "all", practice: "include" });
    expect(parseQueueParams({ status: "nonsense" }).status).toBe("AWAITING_REVIEW");
    expect(queueHref(parseQueueParams({}))).toBe("/helpdesk/requests");
    expect(queueHref(parseQueueParams({}), { status: "all", sort: "newest" })).toBe("/helpdesk/requests?status=all&sort=newest");
  });

  it("take the first of repeated values", () => {
    expect(parseQueueParams({ status: ["REJECTED", "ISSUED"] }).status).toBe("REJECTED");
  });

  it("page in one direction at a time", () => {
    const params = parseQueueParams({ after: "1700000000000_a", before: "1700000000000_b" });
    expect(params.after).toBe("1700000000000_a");
    expect(params.before).toBeUndefined();
  });

  it("build links without defaults or empty values", () => {
    const params = parseQueueParams({ q: "RQ-7KD2-9XPA", sort: "oldest" });
    expect(queueHref(params)).toBe("/helpdesk/requests?q=RQ-7KD2-9XPA");
    expect(queueHref(params, { sort: "newest", q: "" })).toBe("/helpdesk/requests?sort=newest");
  });

  it("round-trip cursors and refuse malformed ones", () => {
    const row = { createdAt: new Date("2026-05-01T12:34:56.789Z"), id: "0b6c2a5e-1d4f-4a7e-9c1b-2f3a4b5c6d7e" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
    expect(decodeCursor("nope")).toBeNull();
    expect(decodeCursor("123_x'; drop table")).toBeNull();
    // A time PostgreSQL cannot take (the year 33658) is no cursor: it failed the audit log's query.
    expect(decodeCursor("999999999999999_x")).toBeNull();
    expect(decodeCursor("9999999999999_x")?.createdAt.getUTCFullYear()).toBe(2286);
  });

  it("make the date range include the whole last day", () => {
    const range = dateRange({ from: "2026-01-01", to: "2026-01-31" });
    expect(range.from?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(range.toExclusive?.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });
});

describe("dates out of range (issue 13)", () => {
  it("drops year 0 and impossible days instead of querying with them", () => {
    expect(parseQueueParams({ from: "0000-01-01", to: "2026-02-31" })).toMatchObject({ from: undefined, to: undefined });
    expect(parseQueueParams({ from: "2026-02-28" }).from).toBe("2026-02-28");
  });
});

describe("queueDateErrors", () => {
  const errorsOf = (raw: Record<string, string | string[]>) => queueDateErrors(raw, parseQueueParams(raw));
  it("names each date the URL gives that the queue cannot use", () => {
    expect(errorsOf({ from: "0000-01-01", to: "2026-02-31" })).toEqual({ from: QUEUE_DATE_MESSAGES.invalid, to: QUEUE_DATE_MESSAGES.invalid });
    expect(errorsOf({ from: "99999-01-01" })).toEqual({ from: QUEUE_DATE_MESSAGES.invalid });
    expect(errorsOf({ to: ["yesterday", "2026-01-01"] })).toEqual({ to: QUEUE_DATE_MESSAGES.invalid });
  });
  it("says when the range ends before it starts, and nothing for good or absent dates", () => {
    expect(errorsOf({ from: "2026-03-01", to: "2026-02-01" })).toEqual({ from: QUEUE_DATE_MESSAGES.order });
    expect(errorsOf({ from: "2026-02-01", to: "2026-02-01" })).toEqual({});
    expect(errorsOf({ from: "", to: "" })).toEqual({});
  });
});
