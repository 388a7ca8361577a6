// The demo data as the README describes it: every activated demo license server has a purchase that the
// Web site issues at once for it (decided by the same rules as a submit, on the seeded database's facts),
// and the README's table says which server and company each purchase belongs to. Reads only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";
import { evaluateRecovery, RECENT_RECOVERY_WINDOW_MS } from "@/lib/clearinghouse/entitlement-rules";
import { formatCredential } from "@/lib/licensing/credentials";
import { DEMO_ENTITLEMENTS, DEMO_INSTALLS, DEMO_SERVERS } from "@/prisma/seed/demo-data";

test("every activated demo server has a purchase that issues at once, and the README names its server and company", async ({ db }) => {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  const activated = await db.licenseServer.findMany({
    where: { name: { in: Object.values(DEMO_SERVERS).map((s) => s.name) }, activated: true },
    select: { name: true, licenseServerId: true, company: true },
  });
  expect(activated.map((s) => s.name).sort()).toEqual([DEMO_SERVERS.webBrowser.name, DEMO_SERVERS.automatic.name].sort());

  for (const server of activated) {
    const key = (Object.keys(DEMO_SERVERS) as (keyof typeof DEMO_SERVERS)[]).find((k) => DEMO_SERVERS[k].name === server.name)!;
    const recent = await db.recoveryRequest.count({ where: { targetLicenseServerId: server.licenseServerId!, createdAt: { gt: new Date(Date.now() - RECENT_RECOVERY_WINDOW_MS) } } });
    const issuesAtOnce: string[] = [];
    for (const install of DEMO_INSTALLS.filter((i) => i.server === key)) {
      const purchase = DEMO_ENTITLEMENTS.find((e) => e.credential === install.credential)!;
      const entitlements = await db.entitlement.findMany({
        where: { licenseProgram: purchase.licenseProgram, credential: purchase.credential },
        select: { id: true, calType: true, quantity: true, convertedQuantity: true, practiceServerId: true, issuedKeyPacks: { where: { supersededAt: null }, select: { targetLicenseServerId: true, quantity: true } } },
      });
      const decision = evaluateRecovery(
        { licenseProgram: purchase.licenseProgram, calType: purchase.calType, quantity: install.quantity, targetLicenseServerId: server.licenseServerId! },
        // A demo purchase is no practice server's, so it may issue for any server (issuesForTargetSql).
        entitlements.map((e) => ({ id: e.id, calType: e.calType, quantity: e.quantity, convertedQuantity: e.convertedQuantity, activePacks: e.issuedKeyPacks, issuesForTarget: e.practiceServerId === null })),
        recent,
      );
      if (decision.outcome === "ISSUE") issuesAtOnce.push(purchase.credential);
      // The README's row for this purchase names the server and its company.
      const row = readme.split("\n").find((line) => line.startsWith("|") && line.includes(formatCredential(purchase.licenseProgram, purchase.credential).split("/")[0]!));
      expect(row, `README row for ${purchase.credential}`).toContain(server.name);
      expect(row).toContain(purchase.customerName);
      expect(server.company).toBe(purchase.customerName);
    }
    expect(issuesAtOnce.length, `${server.name} has a purchase that issues at once`).toBeGreaterThan(0);
  }
});
