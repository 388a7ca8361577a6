// Create Report → CAL Usage's server actions posted with hostile values in place of the bound ids and of
// the form's input: never a 500; a report is made only from a valid form, once per form key, only for
// the server it names; a Delete with anything but the report's own ids deletes nothing.
import fc from "fast-check";
import { expect, test } from "../fixtures";
import { calUsageReportSchema } from "@/lib/console/reports/report-schemas";
import { parseDomain, parseOrganizationalUnit } from "@/lib/console/reports/cal-usage-scope";
import { createCalUsageReportFor, createServerWithPacks } from "@/prisma/console-factories";
import { expectHandled, postAction } from "./support/server-actions";
import { edgeCases, hostileValue, inputFor, runs, FUZZ_TIMEOUT } from "./support/hostile";

const valid = {
  scope: fc.constantFrom("ALL_TRUSTED_DOMAINS", "DOMAIN", "ORGANIZATIONAL_UNIT"),
  domain: fc.constantFrom("CONTOSO", "contoso.com"),
  organizationalUnit: fc.constant("OU=Sales,DC=contoso,DC=com"),
  requestKey: fc.uuid({ version: 4 }),
};

test.describe("CAL Usage report actions with hostile input", () => {
  test.describe.configure({ timeout: FUZZ_TIMEOUT });

  test("createCalUsageReport", async ({ request, db }) => {
    const server = await createServerWithPacks(db);
    const other = await createServerWithPacks(db, { packs: [] });
    const keys = new Set<string>();
    const serverIdArg = fc.oneof({ weight: 4, arbitrary: fc.constant(server.id) }, { weight: 1, arbitrary: hostileValue });
    await fc.assert(
      fc.asyncProperty(serverIdArg, inputFor(calUsageReportSchema, valid), async (serverId, input) => {
        expectHandled(await postAction(request, `/console/servers/${server.id}/reports/new`, "createCalUsageReport", [serverId, input]), "createCalUsageReport");
        const parsed = calUsageReportSchema.safeParse(input);
        if (serverId === server.id && parsed.success) keys.add(parsed.data.requestKey);
        const reports = await db.calUsageReport.findMany({ where: { serverId: server.id }, select: { requestKey: true, scope: true, scopeValue: true } });
        // One report per valid form key posted for this server, each with a scope the form allows.
        expect(reports.length).toBeLessThanOrEqual(keys.size);
        for (const r of reports) {
          expect(keys.has(r.requestKey)).toBe(true);
          if (r.scope === "DOMAIN") expect(parseDomain(r.scopeValue ?? "")).toBe(r.scopeValue);
          if (r.scope === "ORGANIZATIONAL_UNIT") expect(parseOrganizationalUnit(r.scopeValue ?? "")).toBe(r.scopeValue);
          if (r.scope === "ALL_TRUSTED_DOMAINS") expect(r.scopeValue).toBeNull();
        }
        expect(await db.calUsageReport.count({ where: { serverId: other.id } })).toBe(0);
      }),
      runs([
        ...edgeCases(calUsageReportSchema, valid).map((input): [unknown, unknown] => [server.id, input]),
        ...[12345, { id: server.id }, "a\u0000", "x".repeat(5_000), other.id].map((serverId): [unknown, unknown] => [serverId, edgeCases(calUsageReportSchema, valid)[0]]),
      ]),
    );
  });

  test("deleteCalUsageReport", async ({ request, db }) => {
    const server = await createServerWithPacks(db);
    const kept = await createCalUsageReportFor(db, server);
    const other = await createServerWithPacks(db);
    const othersReport = await createCalUsageReportFor(db, other);
    const idArg = (own: string) => fc.oneof({ weight: 2, arbitrary: fc.constant(own) }, { weight: 3, arbitrary: hostileValue });
    await fc.assert(
      fc.asyncProperty(idArg(server.id), fc.oneof(idArg(othersReport), hostileValue), async (serverId, reportId) => {
        expectHandled(await postAction(request, `/console/servers/${server.id}/reports/${kept}/delete`, "deleteCalUsageReport", [serverId, reportId, { $: 1 }]), "deleteCalUsageReport");
        // Another server's report is never deleted through this server, nor this one by hostile ids.
        expect(await db.calUsageReport.count({ where: { id: { in: [kept, othersReport] } } })).toBe(2);
      }),
      runs([12345, { id: kept }, "a\u0000", "x".repeat(5_000), null, othersReport].map((reportId): [unknown, unknown] => [server.id, reportId])),
    );
    // Its own ids delete it, twice without an error.
    for (let i = 0; i < 2; i++) expectHandled(await postAction(request, `/console/servers/${server.id}/reports/${kept}/delete`, "deleteCalUsageReport", [server.id, kept]), "deleteCalUsageReport");
    expect(await db.calUsageReport.count({ where: { id: kept } })).toBe(0);
  });
});
