// The mistakes a trainee's form caught in the browser, before any round trip (issue 31; decision 030's forms
// check their own schema there): what the browser reports and what the trainer reads. Only the page, the
// field names and each error's code travel, never what was typed. Pure: the action is
// ./browser-mistake-actions.ts, the reporter components/forms/browser-mistakes.ts.
import { z } from "zod";
import { ERROR_CODE, FIELD_NAME, MAX_FIELDS, MAX_REPORTS, PAGE_PATH } from "./browser-mistake-shape";

export const browserMistakesSchema = z
  .array(
    z.object({
      page: z.string().regex(PAGE_PATH),
      fields: z.array(z.object({ field: z.string().regex(FIELD_NAME), code: z.string().regex(ERROR_CODE) })).min(1).max(MAX_FIELDS),
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
