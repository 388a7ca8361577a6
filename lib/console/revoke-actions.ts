"use server";
// Revoke License (docs/decisions/037): thin; the rule, the write, the event and the audit are revoke-cal.ts's.
// The ids are bound by the page, but a client can post anything in their place: an id of another browser's
// practice server, of another server's CAL, or made up finds nothing; a Per User CAL and a version at its
// limit are refused here whatever the page offered.
import { getDb } from "@/lib/db";
import { fail, type ActionResult } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { formState } from "@/lib/forms/form-state";
import { isQueryableText } from "@/lib/forms/text";
import { formatDateTime } from "@/lib/format/date";
import { visibleServers } from "@/lib/practice/visibility";
import { revokeIssuedCal } from "./revoke-cal";
import { limitReachedMessage, PER_USER_NOT_REVOCABLE } from "./revoke-rule";
import { revokedHref } from "./urls";

export async function revokeLicense(serverId: string, calId: string): Promise<ActionResult> {
  if (!isQueryableText(serverId) || !isQueryableText(calId)) return fail({}, "This license no longer exists.");
  const outcome = await revokeIssuedCal(await getDb(), serverId, calId, await visibleServers());
  switch (outcome.kind) {
    case "no-server":
      return fail({}, "This license server no longer exists.");
    case "no-cal":
      return fail({}, "This license no longer exists: it was not issued by this license server, or the database was rebuilt.");
    case "per-user":
      return fail({}, PER_USER_NOT_REVOCABLE);
    case "limit":
      return fail({}, limitReachedMessage(outcome.calType, outcome.allowance, formatDateTime));
    case "revoked":
      continueTo(revokedHref(outcome.serverName, outcome.revocationId));
  }
}

// The form's action (lib/forms/form-state.ts): what Revoke License's <form> posts to.
export const revokeLicenseForm = formState<[serverId: string, calId: string], unknown>(revokeLicense);
