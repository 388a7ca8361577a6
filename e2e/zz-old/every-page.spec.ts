// Every page of the three sites at 360, 768, 1280 and 1920 px, with the Procedure panel closed and open and
// the console's menus open: no page scrolls sideways, and every grouped ID breaks only between its groups
// and is never cut off (e2e/layout/support.ts). The data each page needs is made here, so the pages show
// the long things they show in use: several key packs, license key pack IDs, License Server IDs, codes.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { useDraft, useFlowDraft } from "../clearinghouse/manage-cals";
import { signedIn } from "../helpdesk/support";
import { createEntitlement, issueKeyPack } from "@/prisma/factories";
import { createCalUsageReportFor, createServerWithPacks, finishedInstallLicensesRun, finishedLifecycleRun, openInstallLicensesRun, openLifecycleRun, openMigrationRun, openRebuildRun, rebuildRunWithInstalls, type PackSpec } from "@/prisma/console-factories";
import type { LifecycleStep } from "@/lib/console/lifecycle-steps";
import { generateProductId } from "@/lib/licensing/product-id";
import type { InstallAnswers } from "@/lib/console/install-licenses-schemas";
import type { InstallStep } from "@/lib/console/install-licenses-steps";
import { completeDraft, uniqueLicenseCode } from "@/prisma/clearinghouse-factories";
import { createRecoveryRequest } from "@/prisma/helpdesk-factories";
import { openProcedurePanel } from "@/prisma/practice-factories";
import { randomDigits } from "@/lib/licensing/random";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { checkPage, layoutProblems } from "./support";

const PACKS: readonly PackSpec[] = [
  { calType: "WS2022_PER_USER", licenseProgram: "LICENSE_PACK", quantity: 50, issued: 4 },
  { calType: "WS2019_PER_DEVICE", licenseProgram: "OPEN_LICENSE", quantity: 25, issued: 3 },
  { calType: "WS2025_PER_DEVICE", licenseProgram: "SERVICES_PROVIDER_LICENSE_AGREEMENT", quantity: 1200, issued: 2 },
];

async function expectNoProblems(problems: string[]) {
  expect(problems, problems.join("\n")).toEqual([]);
}

/** Opens the Action menu (again, if a resize closed it) before each width is measured. */
function withActionMenu(page: Page) {
  return async () => {
    const button = page.getByRole("button", { name: "Action" });
    // toPass: a click before the page is interactive opens nothing, so try again.
    await expect(async () => {
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
      await expect(page.getByRole("menu")).toBeVisible({ timeout: 1000 });
    }).toPass();
  };
}

for (const panel of ["closed", "open"] as const) {
  test.describe(`Procedure panel ${panel}`, () => {
    test.beforeEach(async ({ context }) => {
      if (panel === "open") await openProcedurePanel(context);
    });

    test("console: the tree, a server with its Action menu open, Properties, Review Configuration, every wizard page", async ({ page, db }) => {
      test.setTimeout(180_000);
      const server = await createServerWithPacks(db, { packs: PACKS });
      const at = async (step: "ACTION_SELECTION" | "REASON" | "CONFIRM_DELETION") => {
        const s = await createServerWithPacks(db, { packs: PACKS });
        await openRebuildRun(db, s, step);
        return s.id;
      };
      const deleted = async (step: "REINSTALLING" | "OBTAIN_KEY_PACK") => {
        const s = await createServerWithPacks(db, { packs: PACKS });
        await openRebuildRun(db, s, step, { deleted: true });
        return s.id;
      };
      const reinstalled = async (finished: boolean) => {
        const s = await createServerWithPacks(db, { packs: PACKS });
        await rebuildRunWithInstalls(db, s, PACKS.slice(0, 2), { finished });
        return s.id;
      };
      const wizard = (id: string, slug: string) => `/console/servers/${id}/manage-cals/${slug}`;
      // Create Report → CAL Usage: the form, a saved report (long scope), its Delete page, the Reports list,
      // and the form on a workgroup server (its message instead).
      const report = await createCalUsageReportFor(db, server, { kind: "ORGANIZATIONAL_UNIT", value: "OU=Regional Sales Europe,OU=Staff,DC=contoso,DC=com" });
      const workgroup = await createServerWithPacks(db, { packs: [], domain: null });
      const reports = `/console/servers/${server.id}/reports`;
      const installing = async (step: InstallStep, answers: InstallAnswers, slug: string) => {
        const s = await createServerWithPacks(db, { packs: [], connectionMethod: answers.connectionMethod, countryRegion: "GB" });
        await openInstallLicensesRun(db, s, step, answers);
        return `/console/servers/${s.id}/install-licenses/${slug}`;
      };
      const codes = [uniqueLicenseCode(), uniqueLicenseCode(), uniqueLicenseCode()].map((c) => ({ licenseCode: c.replace(/-/g, "") }));
      const installedBy = await createServerWithPacks(db, { packs: [] });
      await finishedInstallLicensesRun(db, installedBy, PACKS);
      const pages = [
        "/console",
        `/console/servers/${server.id}/properties`,
        `/console/servers/${server.id}/review-configuration`,
        wizard(server.id, "welcome"),
        wizard(await at("ACTION_SELECTION"), "action-selection"),
        wizard(await at("REASON"), "reason"),
        wizard(await at("CONFIRM_DELETION"), "confirm-deletion"),
        wizard(await deleted("REINSTALLING"), "reinstalling"),
        wizard(await deleted("OBTAIN_KEY_PACK"), "obtain-key-pack"),
        wizard(await reinstalled(false), "reinstall-additional"),
        wizard(await reinstalled(true), "completed"),
        `${reports}/new`,
        reports,
        `${reports}/${report}`,
        `${reports}/${report}/delete`,
        `/console/servers/${workgroup.id}/reports/new`,
        // Migrate RDS CALs (decision 025): each page of the branch, the source another server of this console.
        ...(await Promise.all(
          (["MIGRATE_REASON", "MIGRATE_SOURCE", "MIGRATE_REMINDER", "MIGRATE_OBTAIN_KEY_PACK"] as const).map(async (step) => {
            const t = await createServerWithPacks(db, { packs: [] });
            await openMigrationRun(db, t, { sourceName: server.name, available: false, operatingSystem: "Windows Server 2019", sourceLicenseServerId: server.licenseServerId, sourceServerId: server.id }, step);
            return wizard(t.id, step.toLowerCase().replace(/_/g, "-"));
          }),
        )),
        await (async () => {
          const t = await createServerWithPacks(db, { packs: [] });
          const run = await openMigrationRun(db, t, { sourceName: "LS-GONE-01", available: false, operatingSystem: "Windows Server 2016", sourceLicenseServerId: server.licenseServerId, sourceServerId: null });
          const outcome = { keypackId: 2, purchaseLine: 1, removed: [], byHand: null, calType: "WS2022_PER_USER", totalLicenses: 25 };
          await db.wizardRun.update({
            where: { id: run.id },
            data: { status: "FINISHED", step: "MIGRATE_COMPLETED", activeServerId: null, finishedAt: new Date(), answers: { source: { sourceName: "LS-GONE-01", available: false, operatingSystem: "Windows Server 2016", sourceLicenseServerId: server.licenseServerId, sourceServerId: null }, outcome } },
          });
          return wizard(t.id, "migrate-completed");
        })(),
        `/console/servers/${server.id}/install-licenses/welcome`,
        await installing("INSTALL_OBTAIN_KEY_PACK", { connectionMethod: "WEB_BROWSER" }, "obtain-key-pack"),
        await installing("INSTALL_OBTAIN_KEY_PACK", { connectionMethod: "TELEPHONE" }, "obtain-key-pack"),
        await installing("INSTALL_LICENSE_PROGRAM", { connectionMethod: "AUTOMATIC" }, "license-program"),
        await installing("INSTALL_LICENSE_INFORMATION", { connectionMethod: "AUTOMATIC", licenseProgram: "LICENSE_PACK", credentials: codes }, "license-information"),
        await installing("INSTALL_LICENSE_INFORMATION", { connectionMethod: "AUTOMATIC", licenseProgram: "OPEN_LICENSE" }, "license-information"),
        await installing("INSTALL_PRODUCT_VERSION", { connectionMethod: "AUTOMATIC", licenseProgram: "LICENSE_PACK", credentials: codes }, "product-version"),
        `/console/servers/${installedBy.id}/install-licenses/completed`,
      ];
      const problems: string[] = [];
      problems.push(...(await checkPage(page, `/console?server=${server.name}`)));
      problems.push(...(await checkPage(page, `/console?server=${server.name}`, { label: "the Action menu open", before: withActionMenu(page) })));
      for (const path of pages) problems.push(...(await checkPage(page, path)));
      problems.push(...(await checkPage(page, "/console/no-such-page", { status: 404 })));
      await expectNoProblems(problems);
    });

    test("console: every page of the Activate, Reactivate and Deactivate Server wizards", async ({ page, db }) => {
      test.setTimeout(180_000);
      const company = { firstName: "Alexandra", lastName: "Montgomery-Fitzgerald", company: "Contoso Pharmaceuticals International", countryRegion: "GB" };
      type Kind = "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER";
      const segment = { ACTIVATE_SERVER: "activate", REACTIVATE_SERVER: "reactivate", DEACTIVATE_SERVER: "deactivate" } as const;
      const at = async (kind: Kind, step: LifecycleStep, slug: string, answers: Record<string, unknown>) => {
        const s = await createServerWithPacks(db, { packs: [], activated: kind !== "ACTIVATE_SERVER" });
        await openLifecycleRun(db, s, kind, step, answers);
        return `/console/servers/${s.id}/${segment[kind]}/${slug}`;
      };
      const done = async (kind: Kind) => {
        const s = await createServerWithPacks(db, { packs: [], activated: kind !== "DEACTIVATE_SERVER" });
        await finishedLifecycleRun(db, s, kind, { connectionMethod: "WEB_BROWSER" });
        return `/console/servers/${s.id}/${segment[kind]}/completed`;
      };
      const fresh = await createServerWithPacks(db, { packs: [], activated: false });
      const web = { connectionMethod: "WEB_BROWSER", ...company };
      const phone = { connectionMethod: "TELEPHONE", telephoneCountry: "GB", ...company, reason: "The license server certificate has been corrupted", contactName: "Alexandra Montgomery-Fitzgerald", contactEmail: "a@contoso.example" };
      const pages = [
        `/console?server=${fresh.name}`,
        `/console/servers/${fresh.id}/activate/welcome`,
        `/console/servers/${fresh.id}/review-configuration`,
        await at("ACTIVATE_SERVER", "ACTIVATE_CONNECTION_METHOD", "connection-method", { connectionMethod: "TELEPHONE", telephoneCountry: "GB" }),
        await at("ACTIVATE_SERVER", "ACTIVATE_COMPANY", "company-information", web),
        await at("ACTIVATE_SERVER", "ACTIVATE_OPTIONAL", "optional-information", web),
        await at("ACTIVATE_SERVER", "ACTIVATE_LICENSE_SERVER", "license-server-activation", web),
        await at("ACTIVATE_SERVER", "ACTIVATE_LICENSE_SERVER", "license-server-activation", phone),
        await done("ACTIVATE_SERVER"),
        await at("REACTIVATE_SERVER", "REACTIVATE_CONNECTION_METHOD", "connection-method", {}),
        await at("REACTIVATE_SERVER", "REACTIVATE_REASON", "reason", web),
        await at("REACTIVATE_SERVER", "REACTIVATE_LICENSE_SERVER", "license-server-activation", phone),
        await done("REACTIVATE_SERVER"),
        await at("DEACTIVATE_SERVER", "DEACTIVATE_CONTACT", "contact-information", web),
        await at("DEACTIVATE_SERVER", "DEACTIVATE_CONFIRMATION", "confirmation-code", phone),
        await at("DEACTIVATE_SERVER", "DEACTIVATE_CONFIRMATION", "confirmation-code", web),
        await done("DEACTIVATE_SERVER"),
      ];
      const problems: string[] = [];
      problems.push(...(await checkPage(page, `/console?server=${fresh.name}`, { label: "the Action menu of a server not activated", before: withActionMenu(page) })));
      for (const path of pages) problems.push(...(await checkPage(page, path)));
      await expectNoProblems(problems);
    });

    test("licensing web site: every page of Activate, Reactivate and Deactivate a license server", async ({ page, context, db }) => {
      test.setTimeout(180_000);
      const productId = generateProductId();
      const licenseServerId = generateLicenseServerId();
      const company = { lastName: "Montgomery-Fitzgerald", firstName: "Alexandra", companyName: "Contoso Pharmaceuticals International", countryRegion: "GB", companyAddress: "1 Long Street Name, Industrial Estate, Cambridge", email: "a.very.long.address@contoso-pharmaceuticals.example", phone: null, organizationalUnit: null };
      const problems: string[] = [];
      for (const flow of ["activate", "reactivate", "deactivate"] as const) problems.push(...(await checkPage(page, `/licensing/${flow}?productId=${productId}&licenseServerId=${licenseServerId}`)));
      await useFlowDraft(context, db, "activate", { productId, ...company });
      for (const slug of ["company", "verify"]) problems.push(...(await checkPage(page, `/licensing/activate/${slug}`)));
      await useFlowDraft(context, db, "activate", { productId, ...company, result: { licenseServerId } }, true);
      problems.push(...(await checkPage(page, "/licensing/activate/result")));
      await useFlowDraft(context, db, "reactivate", { productId, reason: "The license server has been redeployed" });
      problems.push(...(await checkPage(page, "/licensing/reactivate/verify")));
      await useFlowDraft(context, db, "deactivate", { productId, licenseServerId, contactName: "Alexandra Montgomery-Fitzgerald", contactEmail: "a@contoso.example", contactPhone: null });
      for (const slug of ["contact", "verify"]) problems.push(...(await checkPage(page, `/licensing/deactivate/${slug}`)));
      await useFlowDraft(context, db, "deactivate", { productId, licenseServerId, contactName: "Alexandra", contactEmail: "a@contoso.example", result: { confirmationCode: "1234567890" } }, true);
      problems.push(...(await checkPage(page, "/licensing/deactivate/result")));
      await expectNoProblems(problems);
    });

    test("licensing web site: Select Option, the Manage CALs pages, the result, Check request status with a result", async ({ page, context, db }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      problems.push(...(await checkPage(page, "/licensing")));
      // A whole draft may show any of its pages; a retail license code shows a third kind of grouped value.
      await useDraft(context, db, completeDraft({ licenseProgram: "LICENSE_PACK", licenseCode: uniqueLicenseCode(), agreementNumber: null, companyAddress: "1 Microsoft Way, Redmond, WA 98052, United States of America" }));
      for (const slug of ["license-server", "company", "purchase", "verify"]) problems.push(...(await checkPage(page, `/licensing/manage-cals/${slug}`)));

      const email = `layout-${randomDigits(6)}@contoso.example`;
      const submitted = await createRecoveryRequest(db, { status: "ISSUED", email, licenseProgram: "ENTERPRISE_AGREEMENT", credential: { agreementNumber: randomDigits(7) } });
      const draft = await useDraft(context, db, completeDraft({ targetLicenseServerId: submitted.targetLicenseServerId }));
      await db.recoveryRequest.update({ where: { id: submitted.id }, data: { draftId: draft.id } });
      problems.push(...(await checkPage(page, "/licensing/manage-cals/result")));

      // Install client access licenses: the same pages under its own path, and its result.
      await useDraft(context, db, { ...completeDraft({ licenseProgram: "LICENSE_PACK", licenseCode: uniqueLicenseCode(), agreementNumber: null, reasonForRecovery: null }), option: "INSTALL_CALS" });
      for (const slug of ["license-server", "company", "purchase", "verify"]) problems.push(...(await checkPage(page, `/licensing/install-cals/${slug}`)));
      const installation = await createRecoveryRequest(db, { status: "ISSUED", licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: randomDigits(7) } });
      const installDraft = await useDraft(context, db, { ...completeDraft({ targetLicenseServerId: installation.targetLicenseServerId, reasonForRecovery: null }), option: "INSTALL_CALS" });
      await db.recoveryRequest.update({ where: { id: installation.id }, data: { draftId: installDraft.id, option: "INSTALL_CALS", reasonForRecovery: null } });
      problems.push(...(await checkPage(page, "/licensing/install-cals/result")));

      problems.push(...(await checkPage(page, "/licensing/status")));
      await page.goto(`/licensing/status?reference=${submitted.reference}`);
      await page.waitForLoadState("networkidle");
      await page.getByLabel("E-mail address or Target License Server ID").fill(email);
      await page.getByRole("button", { name: "Check status" }).click();
      await expect(page.getByRole("heading", { name: `Request ${submitted.reference}` })).toBeVisible();
      // The app's one date format (lib/format/date.ts), not the browser's "Tue, 01 Dec 2026 19:36:32 GMT".
      await expect(page.getByRole("term").filter({ hasText: "Submitted" }).locator("+ dd")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
      problems.push(...(await layoutProblems(page, "/licensing/status with a result")));
      problems.push(...(await checkPage(page, "/licensing/no-such-page", { status: 404 })));
      await expectNoProblems(problems);
    });
  });
}

test("helpdesk, signed in as a supervisor: every page of the queue, requests, purchases, staff, audit and practice", async ({ page, context, db }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  problems.push(...(await checkPage(page, "/helpdesk/sign-in")));
  const supervisor = await signedIn(context, db, "SUPERVISOR");
  const credential = randomDigits(7);
  const entitlement = await createEntitlement(db, { licenseProgram: "SELECT_LICENSE", credential, calType: "WS2019_PER_USER", quantity: 400, customerName: "Woodgrove University Department of Continuing Education" });
  await issueKeyPack(db, { targetLicenseServerId: generateLicenseServerId(), calType: "WS2019_PER_USER", licenseProgram: "SELECT_LICENSE", quantity: 40, entitlementId: entitlement.id });
  const issued = await createRecoveryRequest(db, { status: "ISSUED", licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: credential }, calType: "WS2019_PER_USER", quantity: 100, companyName: "Woodgrove University Department of Continuing Education" });
  const waiting = await createRecoveryRequest(db, { status: "AWAITING_REVIEW", licenseProgram: "LICENSE_PACK", credential: { licenseCode: uniqueLicenseCode() }, email: "a.very.long.address.for.the.licensing.contact@woodgrove-university.example" });
  const pages = [
    "/helpdesk/requests",
    `/helpdesk/requests/${issued.reference}`,
    `/helpdesk/requests/${waiting.reference}`,
    "/helpdesk/entitlements",
    "/helpdesk/entitlements/new",
    "/helpdesk/entitlements/import",
    `/helpdesk/entitlements/${entitlement.id}`,
    "/helpdesk/staff",
    "/helpdesk/staff/new",
    `/helpdesk/staff/${supervisor.id}`,
    "/helpdesk/audit",
    "/helpdesk/overview",
    "/helpdesk/practice",
    "/helpdesk/mailbox",
    "/helpdesk/phone",
  ];
  for (const path of pages) problems.push(...(await checkPage(page, path)));
  problems.push(...(await checkPage(page, "/helpdesk/no-such-page", { status: 404 })));
  await expectNoProblems(problems);
});

test("the home page and an unknown address", async ({ page }) => {
  const problems = [...(await checkPage(page, "/")), ...(await checkPage(page, "/no-such-page", { status: 404 }))];
  await expectNoProblems(problems);
});

test("the checks themselves catch a group wrapped inside itself, an ID cut off and a page wider than the window", async ({ page }) => {
  const id = "12345-67890-12345-67890-12345-67890-12345";
  await page.setContent(`<body style="margin:0">
    <p style="width:70px;font:16px monospace;word-break:break-all">${id}</p>
    <div style="width:120px;overflow:hidden"><span style="white-space:nowrap;font:16px monospace">${id}</span></div>
    <div style="width:2500px">wide</div></body>`);
  const problems = await layoutProblems(page, "test page");
  expect(problems.some((p) => /wraps inside itself/.test(p)), problems.join("\n")).toBe(true);
  expect(problems.some((p) => /cut off by <div/.test(p))).toBe(true);
  expect(problems.some((p) => /scrolls sideways/.test(p))).toBe(true);
  // Whole groups on several lines are fine (and the ID is found: a group cut off would be reported).
  await page.setContent(`<p style="width:130px;font:16px monospace">${id.split("-").map((g) => `<span style="display:inline-block">${g}</span>`).join("-<wbr>")}</p>`);
  expect(await layoutProblems(page, "grouped")).toEqual([]);
});
