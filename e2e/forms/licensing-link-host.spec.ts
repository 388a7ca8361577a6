// The web site's address the console gives (link and QR code) is the address the person browses, however the
// page was reached: by Next (a server action's redirect, which Next renders by asking the server itself on
// its bind address) as by a reload. Served as `npm start` serves: bound to 0.0.0.0, no proxy trusted.
import QRCode from "qrcode";
import { expect, test } from "../fixtures";
import { createLicenseServer } from "@/prisma/factories";
import { startSecondServer, type SecondServer } from "../reliability/support/second-server";

let app: SecondServer;

test.beforeAll(async () => {
  app = await startSecondServer({ hostname: "0.0.0.0", env: { TRUST_PROXY: "0" } });
});
test.afterAll(async () => {
  await app?.stop();
});

/**
 * The app as a person browses it: by an address of this computer, not the one it is bound to, nor
 * "localhost", which is what a link falls back to for a bind address (lib/console/licensing-link.ts).
 */
const browsed = () => new URL(app.url);

/** The link and the QR code both carry `host`: the QR code is the one the link's address makes. */
async function expectSiteAddressOn(page: import("@playwright/test").Page, linkName: RegExp, host: string) {
  const link = page.getByRole("link", { name: linkName });
  const href = (await link.getAttribute("href"))!;
  expect(new URL(href).host).toBe(host);
  const qr = await page.getByRole("img", { name: "QR code of the Remote Desktop Services Licensing Web site address" }).innerHTML();
  // The modules drawn (the paths' shapes; the browser writes the empty elements its own way).
  const modules = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
  expect(modules(qr)).toEqual(modules(await QRCode.toString(href, { type: "svg", margin: 1, errorCorrectionLevel: "M" })));
  expect(modules(qr)).toHaveLength(2);
}

test("Obtain Client License Key Pack reached by Next carries the browsed host in its link and QR code, as after a reload", async ({ browser, db }) => {
  const server = await createLicenseServer(db, { connectionMethod: "WEB_BROWSER" });
  // No X-Forwarded-For: this server trusts no proxy, and the test plays none.
  const context = await browser.newContext({ baseURL: browsed().origin, extraHTTPHeaders: {} });
  const page = await context.newPage();
  await page.goto(`/console?server=${encodeURIComponent(server.name)}`);
  await page.getByRole("button", { name: "Action" }).click();
  await page.getByRole("menuitem", { name: "Install Licenses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Install Licenses Wizard" })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Obtain Client License Key Pack" })).toBeVisible();
  await expectSiteAddressOn(page, /\/licensing\?licenseServerId=/, browsed().host);
  await page.reload();
  await expectSiteAddressOn(page, /\/licensing\?licenseServerId=/, browsed().host);
  await context.close();
});

test("License Server Activation reached by Next carries the browsed host in its link and QR code", async ({ browser, db }) => {
  const server = await createLicenseServer(db, { activated: false, connectionMethod: "WEB_BROWSER" });
  const context = await browser.newContext({ baseURL: browsed().origin, extraHTTPHeaders: {} });
  const page = await context.newPage();
  await page.goto(`/console/servers/${server.id}/activate/welcome`);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to the Activate Server Wizard" })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Web Browser", { exact: true }).check();
  // Web Browser: Connection Method leads straight to License Server Activation.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "License Server Activation" })).toBeVisible();
  await expectSiteAddressOn(page, /\/licensing\/activate\?productId=/, browsed().host);
  await context.close();
});
