// The mistakes a trainee's form caught in the browser, before any round trip (issue 31; decision 030's forms
// check their own schema there): what the browser reports and what the trainer reads. Only the page, the
// field names and each error's code travel, never what was typed. Pure: the action is
// ./browser-mistake-actions.ts, the reporter components/forms/browser-mistakes.ts.
import { z } from "zod";

/** A form field's name (a nested one with dots), and a zod issue code ("too_small", "custom", …). */
const FIELD = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const CODE = /^[a-z_]{1,40}$/;
/** A page's path, no query (the console's pages name the server by id in it). */
const PAGE = /^\/[A-Za-z0-9/_.-]{0,199}$/;

/** At most this many reports in one post (one per failed submit), and fields in one report. */
export const MAX_REPORTS = 20;
export const MAX_FIELDS = 30;

export const browserMistakesSchema = z
  .array(
    z.object({
      page: z.string().regex(PAGE),
      fields: z.array(z.object({ field: z.string().regex(FIELD), code: z.string().regex(CODE) })).min(1).max(MAX_FIELDS),
    }),
  )
  .min(1)
  .max(MAX_REPORTS);

export type BrowserMistake = z.infer<typeof browserMistakesSchema>[number];

/** The console page's server id, if the page is one of a server's (/console/servers/<id>/…). */
export function serverIdOfPage(page: string): string | null {
  return /^\/console\/servers\/([0-9a-f-]{36})(?:\/|$)/.exec(page)?.[1] ?? null;
}

/** As the trainer reads it: "Caught by the browser on /licensing/…: targetLicenseServerId (custom), quantity (too_small)". */
export function describeBrowserMistake(report: BrowserMistake): string {
  return `Caught by the browser on ${report.page}: ${report.fields.map((f) => `${f.field} (${f.code})`).join(", ")}`;
}
