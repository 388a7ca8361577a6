// The queue's state lives in the URL (filters, search, sort, page cursor), so any view can be shared.
// Parsing is forgiving: a value that makes no sense is dropped, never an error page. The default view is the
// work waiting: Awaiting review, oldest first, practice requests hidden; "status=all" asks for every status.
import { z } from "zod";
import { LICENSE_PROGRAM_VALUES } from "@/lib/licensing/catalog";
import { isStorableText } from "@/lib/forms/text";
import { RECOVERY_STATUS_VALUES } from "./labels";

export const QUEUE_PAGE_SIZE = 50;
export const SORTS = [
  { value: "newest", label: "Received, newest first" },
  { value: "oldest", label: "Received, oldest first" },
] as const;

// Years 1970-9999: PostgreSQL's timestamp takes year 0 badly through Prisma (a 500 on `from=0000-01-01`).
const dateString = z
  .string()
  .regex(/^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
// A time the database takes: up to 13 digits of milliseconds (the year 2286). With 15, `999999999999999_x`
// was the year 33658, which Prisma writes as "+033658-…" and PostgreSQL refuses: a 500 (issue 26).
const cursorString = z.string().regex(/^\d{1,13}_[\w-]{1,64}$/);

const DEFAULT_STATUS = "AWAITING_REVIEW";
const DEFAULT_SORT = "oldest";
export const ALL_STATUSES = "all";

const queueParamsSchema = z.object({
  q: z.string().max(200).refine(isStorableText).catch(""),
  status: z.enum([...RECOVERY_STATUS_VALUES, ALL_STATUSES]).catch(DEFAULT_STATUS),
  program: z.enum(LICENSE_PROGRAM_VALUES).optional().catch(undefined),
  from: dateString.optional().catch(undefined),
  to: dateString.optional().catch(undefined),
  sort: z.enum(["newest", "oldest"]).catch(DEFAULT_SORT),
  /** "include": practice servers' requests are shown too (marked); by default they are left out. */
  practice: z.enum(["include"]).optional().catch(undefined),
  after: cursorString.optional().catch(undefined),
  before: cursorString.optional().catch(undefined),
});

export type QueueParams = z.infer<typeof queueParamsSchema>;

type RawParams = Record<string, string | string[] | undefined>;

export function parseQueueParams(raw: RawParams): QueueParams {
  const first = (key: string) => {
    const value = raw[key];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  const parsed = queueParamsSchema.parse({
    q: first("q") ?? "",
    status: first("status") ?? DEFAULT_STATUS,
    program: first("program"),
    from: first("from"),
    to: first("to"),
    sort: first("sort") ?? DEFAULT_SORT,
    practice: first("practice"),
    after: first("after"),
    before: first("before"),
  });
  // Only one direction of paging at a time.
  if (parsed.after && parsed.before) parsed.before = undefined;
  return parsed;
}

export const QUEUE_DATE_MESSAGES = {
  invalid: "Enter a real date between 1970-01-01 and 9999-12-31, like 2026-12-01",
  order: "Received from must be on or before Received to",
} as const;

export type QueueDateErrors = Partial<Record<"from" | "to", string>>;

/**
 * Field errors for the date filters the URL gives but parseQueueParams dropped (impossible, or outside
 * 1970-9999), and for a range that ends before it starts. The page shows each next to its box with what
 * was typed, instead of quietly showing every date.
 */
export function queueDateErrors(raw: RawParams, params: QueueParams): QueueDateErrors {
  const errors: QueueDateErrors = {};
  for (const key of ["from", "to"] as const) {
    const value = raw[key];
    const given = (Array.isArray(value) ? value[0] : value) || undefined;
    if (given !== undefined && params[key] === undefined) errors[key] = QUEUE_DATE_MESSAGES.invalid;
  }
  if (params.from && params.to && params.from > params.to) errors.from = QUEUE_DATE_MESSAGES.order;
  return errors;
}

/** The query string for a view, with `changes` applied. Empty values and defaults are left out. */
export function queueHref(params: QueueParams, changes: Partial<QueueParams> = {}, path = "/helpdesk/requests"): string {
  const merged = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const key of ["q", "status", "program", "from", "to", "sort", "practice", "after", "before"] as const) {
    const value = merged[key];
    if (!value || (key === "sort" && value === DEFAULT_SORT) || (key === "status" && value === DEFAULT_STATUS)) continue;
    search.set(key, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: Cursor): string {
  return `${row.createdAt.getTime()}_${row.id}`;
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text || !cursorString.safeParse(text).success) return null;
  const at = text.indexOf("_");
  return { createdAt: new Date(Number(text.slice(0, at))), id: text.slice(at + 1) };
}

/** [start, end) of the date range in UTC; `to` includes its whole day. */
export function dateRange(params: Pick<QueueParams, "from" | "to">): { from?: Date; toExclusive?: Date } {
  return {
    from: params.from ? new Date(`${params.from}T00:00:00Z`) : undefined,
    toExclusive: params.to ? new Date(Date.parse(`${params.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}
