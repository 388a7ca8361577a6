// The demos' own data: a license server and purchases no other test uses, and the clean-up after a passing
// demo (a failing one keeps its rows, to look at with KEEP_E2E_DB=1). Everything is found again from the
// server's License Server ID, so the clean-up also removes what the web site and the helpdesk created.
import type { BrowserContext } from "@playwright/test";
import type { Database } from "@/lib/prisma-client";
import type { ProcedureId } from "@/lib/procedure/catalog";
import { PROCEDURE_CHOICE_COOKIE } from "@/lib/procedure/panel-cookie";
import { createServerWithPacks, SAMPLE_PACKS, type PackSpec } from "@/prisma/console-factories";
import { createPurchase } from "@/prisma/clearinghouse-factories";
import { createLicenseServer, uniqueSuffix } from "@/prisma/factories";
import type { CalType, ConnectionMethod, LicenseProgram } from "@/lib/licensing/catalog";
import { test as base, expect } from "../fixtures";
import { startFilmLog } from "./film-log";
import { counterDisagreementsOf, nameComputer } from "./label-log";

export class DemoData {
  private readonly servers: { id: string; licenseServerId: string | null; productId: string }[] = [];
  private readonly entitlementIds: string[] = [];
  private readonly staffIds: string[] = [];

  constructor(private readonly db: Database) {}

  /** An activated license server with key packs installed (SAMPLE_PACKS unless told), NOT on Web Browser unless told (step 2 changes it). */
  async licenseServer(input: { connectionMethod?: ConnectionMethod; countryRegion?: string; packs?: readonly PackSpec[] } = {}) {
    const { connectionMethod = "AUTOMATIC", packs = SAMPLE_PACKS, countryRegion } = input;
    const server = await createServerWithPacks(this.db, { name: `LS-DEMO-${uniqueSuffix()}`, connectionMethod, countryRegion, packs });
    this.servers.push(server);
    return server;
  }

  /** A license server that is not activated (no License Server ID yet), for the activation demo. */
  async notActivatedServer(input: { connectionMethod?: ConnectionMethod } = {}) {
    const server = await createLicenseServer(this.db, { name: `LS-DEMO-${uniqueSuffix()}`, activated: false, connectionMethod: input.connectionMethod ?? "AUTOMATIC" });
    this.servers.push(server);
    return server;
  }

  /** A purchase the Clearinghouse knows, under a credential made for this demo alone. */
  async purchase(input: { licenseProgram: LicenseProgram; calType: CalType; quantity: number }) {
    const purchase = await createPurchase(this.db, input);
    this.entitlementIds.push(purchase.entitlement.id);
    return purchase;
  }

  /** Remembers a staff user made by the test, to remove it with its sessions. */
  staff(user: { id: string }) {
    this.staffIds.push(user.id);
    return user;
  }

  async cleanUp() {
    // A server activated during the demo has its License Server ID now, and the Clearinghouse a record of it.
    const productIds = this.servers.map((s) => s.productId);
    const records = await this.db.clearinghouseLicenseServer.findMany({ where: { productId: { in: productIds } }, select: { id: true, licenseServerId: true } });
    const now = await this.db.licenseServer.findMany({ where: { id: { in: this.servers.map((s) => s.id) } }, select: { licenseServerId: true } });
    const targets = [...new Set([...this.servers, ...records, ...now].map((s) => s.licenseServerId).filter((id): id is string => !!id))];
    const requests = await this.db.recoveryRequest.findMany({ where: { targetLicenseServerId: { in: targets } }, select: { id: true } });
    await this.db.$transaction([
      this.db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: [...requests.map((r) => r.id), ...records.map((r) => r.id)] } }, { actorId: { in: this.staffIds } }] } }),
      this.db.clearinghouseLicenseServer.deleteMany({ where: { productId: { in: productIds } } }),
      this.db.requestNote.deleteMany({ where: { authorId: { in: this.staffIds } } }),
      this.db.recoveryRequest.deleteMany({ where: { targetLicenseServerId: { in: targets } } }),
      this.db.manageCalsDraft.deleteMany({ where: { targetLicenseServerId: { in: targets } } }),
      this.db.issuedKeyPack.deleteMany({ where: { targetLicenseServerId: { in: targets } } }),
      this.db.entitlement.deleteMany({ where: { id: { in: this.entitlementIds } } }),
      this.db.licenseServer.deleteMany({ where: { id: { in: this.servers.map((s) => s.id) } } }),
      this.db.staffUser.deleteMany({ where: { id: { in: this.staffIds } } }),
    ]);
  }
}

export const test = base.extend<{ demoData: DemoData }>({
  // In demo mode, the license server's computer (the test's own context) goes into the film log; Playwright
  // saves its pages' videos as video.webm, video-1.webm, … in the order they opened. After a demo that
  // passed, in every mode: the page's step counter agreed with the caption on every page it captioned.
  page: async ({ page, context }, provide, testInfo) => {
    const log = startFilmLog(testInfo);
    log?.watch(context, "License server computer", (i) => `video${i ? `-${i}` : ""}.webm`);
    nameComputer(context, "License server computer");
    await provide(page);
    await log?.write();
    if (testInfo.status !== testInfo.expectedStatus) return;
    await base.step("the page's step counter agrees with the caption on every frame", async () => {
      expect(await counterDisagreementsOf(testInfo), "caption and counter disagree (scripts/films/counter-agreement.ts)").toEqual([]);
    });
  },
  // (`use` renamed: the React hooks lint rule takes it for React's use().)
  demoData: async ({ db }, provide, testInfo) => {
    const data = new DemoData(db);
    await provide(data);
    if (testInfo.status === testInfo.expectedStatus) await data.cleanUp();
  },
});

/**
 * The procedure the person follows, as if chosen in the Procedure panel on this computer (the choice is a
 * cookie per browser): the console's shared pages count its steps, not the default rebuild's.
 */
export async function followProcedure(context: BrowserContext, procedure: ProcedureId) {
  const url = base.info().project.use.baseURL!;
  await context.addCookies([{ name: PROCEDURE_CHOICE_COOKIE, value: procedure, url, sameSite: "Lax" }]);
}

export { expect } from "../fixtures";
