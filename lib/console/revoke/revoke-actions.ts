"use server";
// Revoke License (docs/decisions/037): thin; the rule, the write, the event and the audit are revoke-cal.ts's.
// The ids are bound by the page, but a client can post anything in their place: the guard refuses a server
// this browser may not see (another browser's practice server, a made-up id), and another server's CAL or a
// made-up one finds nothing; a Per User CAL and a version at its limit are refused here whatever the page offered.
import { formAction, idArgument } from "@/lib/actions/client";
import { NO_SERVER, visibleServer } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { fail } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { formatDateTime } from "@/lib/format/date";
import { revokeIssuedCal } from "./revoke-cal";
import { limitReachedMessage, PER_USER_NOT_REVOCABLE } from "./revoke-rule";
import { revokedHref } from "../urls";

const NO_CAL = "This license no longer exists: it was not issued by this license server, or the database was rebuilt.";

/** Revoke License's <form>, bound to its server's and its issued CAL's ids. */
export const revokeLicenseForm = formAction(
  { name: "revokeLicense", guard: visibleServer(), bound: [idArgument], badBound: () => fail({}, NO_CAL) },
  async ({ ctx: { server }, bound: [calId] }) => {
    const outcome = await revokeIssuedCal(await getDb(), server, calId);
    switch (outcome.kind) {
      case "no-server":
        return fail({}, NO_SERVER);
      case "no-cal":
        return fail({}, NO_CAL);
      case "per-user":
        return fail({}, PER_USER_NOT_REVOCABLE);
      case "limit":
        return fail({}, limitReachedMessage(outcome.calType, outcome.allowance, formatDateTime));
      case "revoked":
        continueTo(revokedHref(outcome.serverName, outcome.revocationId));
    }
  },
);
