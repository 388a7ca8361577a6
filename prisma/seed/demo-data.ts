// The demo purchases the Clearinghouse knows, and which demo license server each is installed on. The
// README lists them (credential, company, server) so a person can complete a recovery for every license
// program: a purchase installed on a server issues at once for that server (its pack is replaced), and
// e2e/seed/demo-purchases.spec.ts checks that every activated demo server has one.
import type { EntitlementInput } from "../factories";
import { openLicenseCredential } from "@/lib/licensing/credentials";

/** Purchases with nothing installed from them, for the Install Licenses Wizard on each connection method. */
export const DEMO_INSTALL_PURCHASES = {
  webBrowser: { licenseProgram: "SELECT_LICENSE", credential: "7000007", calType: "WS2022_PER_DEVICE", quantity: 60, customerName: "Contoso Ltd" },
  automaticCodes: [
    { licenseProgram: "LICENSE_PACK", credential: "R2025USERCALINSTALLA00020", calType: "WS2025_PER_USER", quantity: 20, customerName: "Fabrikam Inc" },
    { licenseProgram: "LICENSE_PACK", credential: "R2025USERCALINSTALLB00020", calType: "WS2025_PER_USER", quantity: 20, customerName: "Fabrikam Inc" },
  ],
} as const satisfies { webBrowser: EntitlementInput; automaticCodes: readonly EntitlementInput[] };

export const DEMO_ENTITLEMENTS = [
  { licenseProgram: "LICENSE_PACK", credential: "R2022USERCALDEMOPACK00050", calType: "WS2022_PER_USER", quantity: 50, customerName: "Contoso Ltd" },
  { licenseProgram: "LICENSE_PACK", credential: "R2019DEVICECALDEMOPACK025", calType: "WS2019_PER_DEVICE", quantity: 25, customerName: "Fabrikam Inc" },
  { licenseProgram: "OPEN_LICENSE", credential: openLicenseCredential("12345678", "OPENAUTH2022DEV"), calType: "WS2022_PER_DEVICE", quantity: 40, customerName: "Contoso Ltd" },
  { licenseProgram: "SELECT_LICENSE", credential: "1000001", calType: "WS2019_PER_USER", quantity: 100, customerName: "Fabrikam Inc" },
  { licenseProgram: "ENTERPRISE_AGREEMENT", credential: "2000002", calType: "WS2022_PER_USER", quantity: 500, customerName: "Contoso Ltd" },
  { licenseProgram: "CAMPUS_AGREEMENT", credential: "3000003", calType: "WS2016_PER_DEVICE", quantity: 200, customerName: "Woodgrove University" },
  { licenseProgram: "SCHOOL_AGREEMENT", credential: "4000004", calType: "WS2016_PER_USER", quantity: 150, customerName: "Northwind School" },
  { licenseProgram: "SERVICES_PROVIDER_LICENSE_AGREEMENT", credential: "5000005", calType: "WS2025_PER_USER", quantity: 75, customerName: "Tailspin Hosting" },
  { licenseProgram: "OTHER_AGREEMENT", credential: "6000006", calType: "WS2012_PER_DEVICE", quantity: 30, customerName: "Adventure Works" },
  // For Install Licenses (nothing installed from them yet; README "Purchases for installing RDS CALs"): by Web
  // Browser or Telephone on LS-CONTOSO-01, and by Automatic connection on LS-FABRIKAM-01 with two License Codes.
  DEMO_INSTALL_PURCHASES.webBrowser,
  ...DEMO_INSTALL_PURCHASES.automaticCodes,
] as const satisfies readonly EntitlementInput[];

export const DEMO_STAFF = [
  { email: "agent@clearinghouse.example", name: "Avery Agent", password: "Agent-demo-2026!", role: "AGENT" },
  { email: "supervisor@clearinghouse.example", name: "Sam Supervisor", password: "Supervisor-demo-2026!", role: "SUPERVISOR" },
] as const;

/**
 * The key packs installed on the demo servers: each counts its whole quantity against its purchase for that
 * server only (so the retail code R2022… goes to review on LS-FABRIKAM-01, and R2019… on LS-CONTOSO-01).
 */
export const DEMO_INSTALLS = [
  { server: "webBrowser", credential: "R2022USERCALDEMOPACK00050", quantity: 50, issued: 18 },
  { server: "webBrowser", credential: "2000002", quantity: 250, issued: 40 },
  { server: "webBrowser", credential: "12345678/OPENAUTH2022DEV", quantity: 40, issued: 12 },
  { server: "automatic", credential: "1000001", quantity: 100, issued: 30 },
  { server: "automatic", credential: "R2019DEVICECALDEMOPACK025", quantity: 25, issued: 6 },
] as const satisfies readonly { server: keyof typeof DEMO_SERVERS; credential: string; quantity: number; issued: number }[];

export const DEMO_SERVERS = {
  webBrowser: { name: "LS-CONTOSO-01", connectionMethod: "WEB_BROWSER", company: "Contoso Ltd", firstName: "Alex", lastName: "Morgan", countryRegion: "US", email: "it@contoso.example", organizationalUnit: "Head office IT" },
  automatic: { name: "LS-FABRIKAM-01", connectionMethod: "AUTOMATIC", company: "Fabrikam Inc", firstName: "Jordan", lastName: "Lee", countryRegion: "GB" },
  notActivated: { name: "LS-NEW-01", connectionMethod: "AUTOMATIC", activated: false },
} as const;
