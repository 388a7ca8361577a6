"use server";
// Create Report → CAL Usage and Delete: parse with the form's schema, write through cal-usage-report.ts,
// redirect. A second submit of one form finds the report the first made (its requestKey), and a second
// Delete finds nothing and lands on the list saying so: neither is an error.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { visibleServers } from "@/lib/practice/visibility";
import { insertCalUsageReport, removeCalUsageReport } from "./cal-usage-report";
import { NOT_TRACKED_IN_WORKGROUP, unknownScopeMessage } from "./cal-usage-scope";
import { calUsageReportSchema } from "./report-schemas";
import { reportsHref } from "./urls";
import { formState } from "@/lib/forms/form-state";

const NO_SERVER = "This license server no longer exists.";

export async function createCalUsageReport(serverId: string, input: unknown): Promise<ActionResult> {
  // The server id is bound by the page, but a client can post anything in its place.
  if (!isQueryableText(serverId)) return fail({}, NO_SERVER);
  const parsed = calUsageReportSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "The report was not created. Correct the fields listed.");
  const outcome = await insertCalUsageReport(await getDb(), serverId, parsed.data, await visibleServers());
  if (outcome.kind === "no-server") return fail({}, NO_SERVER);
  if (outcome.kind === "workgroup") return fail({}, NOT_TRACKED_IN_WORKGROUP);
  if (outcome.kind === "unknown-scope") {
    const field = outcome.scope.kind === "DOMAIN" ? "domain" : "organizationalUnit";
    return fail({ [field]: [unknownScopeMessage(outcome.scope, outcome.known)] }, "The report was not created. Correct the fields listed.");
  }
  redirect(reportsHref(serverId, { reportId: outcome.reportId }));
}

export async function deleteCalUsageReport(serverId: string, reportId: string): Promise<ActionResult> {
  if (!isQueryableText(serverId) || !isQueryableText(reportId)) return fail({}, "This report no longer exists.");
  const db = await getDb();
  const server = await db.licenseServer.findFirst({ where: { id: serverId, AND: [await visibleServers()] }, select: { id: true } });
  if (!server) return fail({}, NO_SERVER);
  const deleted = await removeCalUsageReport(db, serverId, reportId);
  redirect(`${reportsHref(serverId)}?${deleted ? "deleted" : "gone"}=1`);
}

// The forms' actions (lib/forms/form-state.ts): what each page's <form> posts to.
export const createCalUsageReportForm = formState(createCalUsageReport);
export const deleteCalUsageReportForm = formState<[serverId: string, reportId: string], unknown>(deleteCalUsageReport);
