"use server";
// The customer history's forms (history.ts), thin: the e-mail address (limited per client address, as the
// status lookups: public-limits.ts) and the link's one-time exchange for the session cookie.
import { headers } from "next/headers";
import { clientAddressFrom, requestIsHttps } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, ok, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { formState } from "@/lib/forms/form-state";
import { nudgeMailSweep } from "@/lib/jobs/nudge";
import { licensingPageUrl } from "@/lib/console/licensing-link";
import { checkPublicLimit } from "../public-limits";
import { writeHistorySession } from "./cookie";
import { openHistory, sendHistoryLink } from "./history";
import { HISTORY_PATHS, historyEmailSchema, historyTokenSchema } from "./schemas";

export async function askForHistory(input: unknown): Promise<ActionResult<{ message: string }>> {
  const parsed = historyEmailSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const db = await getDb();
  const h = await headers();
  const limited = await checkPublicLimit(db, "status-lookup", clientAddressFrom(h));
  if (limited) return fail({}, limited.message);
  const origin = { configured: env().LICENSING_SITE_URL, host: h.get("host"), https: requestIsHttps(h) };
  await sendHistoryLink(db, parsed.data.email, (token) => licensingPageUrl(HISTORY_PATHS.open, { token }, origin));
  nudgeMailSweep();
  // The same answer for every address: the page never tells whether an address has requests.
  return ok({ message: `A link is on its way to ${parsed.data.email}. Open it within 30 minutes, in this browser or another.` });
}

export async function openHistoryLink(input: unknown): Promise<ActionResult> {
  const parsed = historyTokenSchema.safeParse(input);
  const session = parsed.success ? await openHistory(await getDb(), parsed.data.token) : null;
  if (!session) return fail({}, "This link was used already or has expired. Ask for a new link.");
  await writeHistorySession(session);
  continueTo(HISTORY_PATHS.mine);
}

export const askForHistoryForm = formState(askForHistory);
export const openHistoryLinkForm = formState(openHistoryLink);
