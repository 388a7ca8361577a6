"use server";
// The customer history's forms (history.ts), on the action client (lib/actions/client.ts): anyone may post
// them. Asking for a link counts against the per-address limit of status lookups (public-limits.ts), as
// Check request status does; the link's one-time exchange for the session cookie counts there too, so a
// script cannot try tokens from one address (they are 256 bits: this only keeps the table quiet).
import { headers } from "next/headers";
import { formAction } from "@/lib/actions/client";
import { publicAccess } from "@/lib/actions/guards";
import { requestIsHttps } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { fail, ok } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { nudgeMailSweep } from "@/lib/jobs/nudge";
import { licensingPageUrl } from "@/lib/console/licensing-link";
import { writeHistorySession } from "./cookie";
import { openHistory, sendHistoryLink } from "./history";
import { HISTORY_PATHS } from "./paths";
import { historyEmailSchema, historyTokenSchema } from "./schemas";

const LINK_REFUSED = "This link was used already or has expired. Ask for a new link.";

export const askForHistoryForm = formAction(
  { name: "askForHistory", guard: publicAccess, schema: historyEmailSchema, limit: "status-lookup" },
  async ({ input: { email } }) => {
    const h = await headers();
    const origin = { configured: env().LICENSING_SITE_URL, host: h.get("host"), https: requestIsHttps(h) };
    await sendHistoryLink(await getDb(), email, (token) => licensingPageUrl(HISTORY_PATHS.open, { token }, origin));
    nudgeMailSweep();
    // The same answer for every address: the page never tells whether an address has requests.
    return ok({ message: `A link is on its way to ${email}. Open it within 30 minutes, in this browser or another.` });
  },
);

export const openHistoryLinkForm = formAction(
  { name: "openHistoryLink", guard: publicAccess, schema: historyTokenSchema, limit: "status-lookup" },
  async ({ input: { token } }) => {
    const session = await openHistory(await getDb(), token);
    if (!session) return fail({}, LINK_REFUSED);
    await writeHistorySession(session);
    continueTo(HISTORY_PATHS.mine);
  },
);
