// The CAL Usage report on both databases: the SQL scope rule agrees with cal-usage-scope.ts on every case,
// a report counts and copies what it should, a double submit makes one report, a workgroup server none,
// and a second delete finds nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { createServerWithPacks, installPack, issuePerUserCals } from "@/prisma/console-factories";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { getCalUsageReport, insertCalUsageReport, listCalUsageHolders, removeCalUsageReport, scopeCondition } from "./cal-usage-report";
import { SCOPE_CASES, type CalUsageScope } from "./cal-usage-scope";

const CONTOSO: CalUsageScope = { kind: "DOMAIN", value: "CONTOSO" };

describe.each(TEST_DATABASES)("CAL Usage report on $label", ({ open }) => {
  const database = databaseForSuite(open);

  it.each(SCOPE_CASES)("%s (%s) in %o: %s, as in cal-usage-scope.ts", async (issuedTo, distinguishedName, scope, expected) => {
    const [row] = await database.opened.db.$queryRaw<{ in: boolean | null }[]>`
      SELECT ${scopeCondition(scope)} AS "in" FROM (SELECT ${issuedTo}::text AS "issuedTo", ${distinguishedName}::text AS "distinguishedName") c`;
    expect(row!.in ?? false).toBe(expected);
  });

  async function serverWithUsers() {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [{ calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 10, issued: 4 }] });
    const p2022 = await installPack(db, server, { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 50 });
    const p2019 = await installPack(db, server, { calType: "WS2019_PER_USER", licenseProgram: "SELECT_LICENSE", quantity: 20 });
    await issuePerUserCals(db, p2022, [
      { issuedTo: "CONTOSO\\zoe", distinguishedName: "CN=Zoe,OU=Sales,DC=contoso,DC=com" },
      { issuedTo: "alice@contoso.com", distinguishedName: "CN=Alice,OU=East,OU=Sales,DC=contoso,DC=com" },
      { issuedTo: "FABRIKAM\\bob" },
    ]);
    await issuePerUserCals(db, p2019, [{ issuedTo: "CONTOSO\\=cmd" }, { issuedTo: "contoso\\Carol", distinguishedName: "CN=Carol,OU=Finance,DC=contoso,DC=com" }]);
    return { server, p2022, p2019 };
  }

  it("counts the Per User CALs installed and issued per CAL type and copies the holders in name order", async () => {
    const { db } = database.opened;
    const { server } = await serverWithUsers();
    const outcome = await insertCalUsageReport(db, server.id, { scope: CONTOSO, requestKey: randomUUID() });
    expect(outcome.kind).toBe("created");
    const reportId = (outcome as { reportId: string }).reportId;
    const report = await getCalUsageReport(db, server.id, reportId);
    expect(report).toMatchObject({ scope: "DOMAIN", scopeValue: "CONTOSO", installed: 70, issued: 4 });
    expect(report!.totals).toEqual([
      { calType: "WS2022_PER_USER", installed: 50, issued: 2 },
      { calType: "WS2019_PER_USER", installed: 20, issued: 2 },
    ]);
    const holders = await listCalUsageHolders(db, reportId, 1);
    expect(holders.map((h) => [h.position, h.issuedTo, h.calType])).toEqual([
      [1, "alice@contoso.com", "WS2022_PER_USER"],
      [2, "CONTOSO\\=cmd", "WS2019_PER_USER"],
      [3, "contoso\\Carol", "WS2019_PER_USER"],
      [4, "CONTOSO\\zoe", "WS2022_PER_USER"],
    ]);

    // A snapshot: CALs deleted afterwards (a rebuild) leave the report as it was.
    await db.issuedCal.deleteMany({ where: { serverId: server.id } });
    expect((await getCalUsageReport(db, server.id, reportId))!.issued).toBe(4);
    expect(await listCalUsageHolders(db, reportId, 1)).toHaveLength(4);
  });

  it("an organizational unit holds the users of the OUs under it; a type with none issued still shows what is installed", async () => {
    const { db } = database.opened;
    const { server } = await serverWithUsers();
    const outcome = await insertCalUsageReport(db, server.id, { scope: { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, requestKey: randomUUID() });
    const report = await getCalUsageReport(db, server.id, (outcome as { reportId: string }).reportId);
    expect(report!.totals).toEqual([
      { calType: "WS2022_PER_USER", installed: 50, issued: 2 },
      { calType: "WS2019_PER_USER", installed: 20, issued: 0 },
    ]);
    const all = await insertCalUsageReport(db, server.id, { scope: { kind: "ALL_TRUSTED_DOMAINS", value: null }, requestKey: randomUUID() });
    expect((await getCalUsageReport(db, server.id, (all as { reportId: string }).reportId))!.issued).toBe(5);
  });

  it("keeps holders 500 to a row and reads any range of them in order, across rows", async () => {
    const { db } = database.opened;
    const server = await createServerWithPacks(db, { packs: [] });
    const pack = await installPack(db, server, { calType: "WS2025_PER_USER", licenseProgram: "SERVICES_PROVIDER_LICENSE_AGREEMENT", quantity: 1500 });
    const names = Array.from({ length: 1201 }, (_, i) => `CONTOSO\\u${String(i).padStart(4, "0")}`);
    await issuePerUserCals(db, pack, [...names].reverse().map((issuedTo) => ({ issuedTo })));
    const outcome = await insertCalUsageReport(db, server.id, { scope: CONTOSO, requestKey: randomUUID() });
    const reportId = (outcome as { reportId: string }).reportId;
    expect(await db.calUsageHolderPage.count({ where: { reportId } })).toBe(3);
    const range = await listCalUsageHolders(db, reportId, 451, 100);
    expect(range.map((h) => h.position)).toEqual(Array.from({ length: 100 }, (_, i) => 451 + i));
    expect(range.map((h) => h.issuedTo)).toEqual(names.slice(450, 550));
    expect((await listCalUsageHolders(db, reportId, 1151, 100)).map((h) => h.issuedTo)).toEqual(names.slice(1150));
    expect(range[0]!.issuedOn).toBeInstanceOf(Date);
  });

  it("two submits of one form make one report, whichever arrives first", async () => {
    const { db } = database.opened;
    const { server } = await serverWithUsers();
    const requestKey = randomUUID();
    const outcomes = await Promise.all([0, 1].map(() => insertCalUsageReport(db, server.id, { scope: CONTOSO, requestKey })));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["created", "replayed"]);
    expect(new Set(outcomes.map((o) => (o as { reportId: string }).reportId)).size).toBe(1);
    expect(await db.calUsageReport.count({ where: { serverId: server.id } })).toBe(1);
    // The key of this server's form posted for another server makes nothing there.
    const { server: other } = await serverWithUsers();
    expect(await insertCalUsageReport(db, other.id, { scope: CONTOSO, requestKey })).toEqual({ kind: "no-server" });
    expect(await db.calUsageReport.count({ where: { serverId: other.id } })).toBe(0);
  });

  it("a domain or OU no Per User CAL names is unknown here: no report, and what may have been meant (docs/decisions/037)", async () => {
    const { db } = database.opened;
    const { server } = await serverWithUsers();
    // The OU typed without the OU above it: the OUs of that name elsewhere in the tree are offered.
    const sales = { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=fabrikam,DC=com" } as const;
    expect(await insertCalUsageReport(db, server.id, { scope: sales, requestKey: randomUUID() })).toEqual({ kind: "unknown-scope", scope: sales, known: ["OU=Sales,DC=contoso,DC=com"] });
    const east = { kind: "ORGANIZATIONAL_UNIT", value: "OU=East,DC=contoso,DC=com" } as const;
    expect(await insertCalUsageReport(db, server.id, { scope: east, requestKey: randomUUID() })).toMatchObject({ known: ["OU=East,OU=Sales,DC=contoso,DC=com"] });
    expect(await insertCalUsageReport(db, server.id, { scope: { kind: "ORGANIZATIONAL_UNIT", value: "OU=Nowhere,DC=contoso,DC=com" }, requestKey: randomUUID() })).toMatchObject({ known: [] });
    const woodgrove = { kind: "DOMAIN", value: "WOODGROVE" } as const;
    expect(await insertCalUsageReport(db, server.id, { scope: woodgrove, requestKey: randomUUID() })).toEqual({ kind: "unknown-scope", scope: woodgrove, known: ["CONTOSO", "FABRIKAM", "contoso.com"] });
    expect(await db.calUsageReport.count({ where: { serverId: server.id } })).toBe(0);
    // Known ones still make their report.
    expect((await insertCalUsageReport(db, server.id, { scope: { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, requestKey: randomUUID() })).kind).toBe("created");
  });

  it("a workgroup server, a missing server and a server this browser may not see make no report", async () => {
    const { db } = database.opened;
    const workgroup = await createServerWithPacks(db, { domain: null });
    expect(await insertCalUsageReport(db, workgroup.id, { scope: CONTOSO, requestKey: randomUUID() })).toEqual({ kind: "workgroup" });
    expect(await insertCalUsageReport(db, randomUUID(), { scope: CONTOSO, requestKey: randomUUID() })).toEqual({ kind: "no-server" });
    const { server } = await serverWithUsers();
    const hidden: Prisma.LicenseServerWhereInput = { practiceOwner: "someone-else" };
    expect(await insertCalUsageReport(db, server.id, { scope: CONTOSO, requestKey: randomUUID() }, hidden)).toEqual({ kind: "no-server" });
    expect(await db.calUsageReport.count({ where: { serverId: { in: [workgroup.id, server.id] } } })).toBe(0);
  });

  it("delete removes the report with its holders; a second delete finds nothing", async () => {
    const { db } = database.opened;
    const { server } = await serverWithUsers();
    const outcome = await insertCalUsageReport(db, server.id, { scope: CONTOSO, requestKey: randomUUID() });
    const reportId = (outcome as { reportId: string }).reportId;
    expect(await removeCalUsageReport(db, randomUUID(), reportId)).toBe(false);
    const both = await Promise.all([removeCalUsageReport(db, server.id, reportId), removeCalUsageReport(db, server.id, reportId)]);
    expect(both.sort()).toEqual([false, true]);
    expect(await db.calUsageHolderPage.count({ where: { reportId } })).toBe(0);
    expect(await getCalUsageReport(db, server.id, reportId)).toBeNull();
  });
});
