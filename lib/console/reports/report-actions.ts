"use server";
// Create Report → CAL Usage and Delete: parse with the form's schema, write through cal-usage-report.ts,
// redirect. A second submit of one form finds the report the first made (its requestKey), and a second
// Delete finds nothing and lands on the list saying so: neither is an error.
import { redirect } from "next/navigation";
import { formAction, idArgument } from "@/lib/actions/client";
import { NO_SERVER, visibleServer } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { fail } from "@/lib/forms/action-result";
import { insertCalUsageReport, removeCalUsageReport } from "./cal-usage-report";
import { NOT_TRACKED_IN_WORKGROUP, unknownScopeMessage } from "./cal-usage-scope";
import { calUsageReportSchema } from "./report-schemas";
import { reportsHref } from "../urls";

/** Create Report → CAL Usage's <form>, bound to its server's id. */
export const createCalUsageReportForm = formAction(
  { name: "createCalUsageReport", guard: visibleServer(), schema: calUsageReportSchema, invalid: "The report was not created. Correct the fields listed." },
  async ({ ctx: { server }, input }) => {
    const outcome = await insertCalUsageReport(await getDb(), server.id, input);
    if (outcome.kind === "no-server") return fail({}, NO_SERVER);
    if (outcome.kind === "workgroup") return fail({}, NOT_TRACKED_IN_WORKGROUP);
    if (outcome.kind === "unknown-scope") {
      // Beside its box, naming what may have been meant (docs/decisions/037): no report is saved.
      const field = outcome.scope.kind === "DOMAIN" ? "domain" : "organizationalUnit";
      return fail({ [field]: [unknownScopeMessage(outcome.scope, outcome.known)] }, "The report was not created. Correct the fields listed.");
    }
    redirect(reportsHref(server.id, { reportId: outcome.reportId }));
  },
);

/** The Delete page's <form>, bound to its server's and its report's ids. */
export const deleteCalUsageReportForm = formAction(
  { name: "deleteCalUsageReport", guard: visibleServer(), bound: [idArgument], badBound: () => fail({}, "This report no longer exists.") },
  async ({ ctx: { server }, bound: [reportId] }) => {
    const deleted = await removeCalUsageReport(await getDb(), server.id, reportId);
    redirect(`${reportsHref(server.id)}?${deleted ? "deleted" : "gone"}=1`);
  },
);
