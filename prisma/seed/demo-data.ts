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
  // Migrate RDS CALs (docs/decisions/025): installed on LS-OLD-01, and issued to a retired server not in the console.
  { licenseProgram: "ENTERPRISE_AGREEMENT", credential: "7000007", calType: "WS2022_PER_DEVICE", quantity: 60, customerName: "Contoso Ltd" },
  { licenseProgram: "SELECT_LICENSE", credential: "8000008", calType: "WS2019_PER_DEVICE", quantity: 20, customerName: "Contoso Ltd" },
  // For Install Licenses (nothing installed from them yet; README "Purchases for installing RDS CALs"): by Web
  // Browser or Telephone on LS-CONTOSO-01, and by Automatic connection on LS-FABRIKAM-01 with two License Codes.
  DEMO_INSTALL_PURCHASES.webBrowser,
  ...DEMO_INSTALL_PURCHASES.automaticCodes,
] as const satisfies readonly EntitlementInput[];

export const DEMO_STAFF = [
  { email: "agent@clearinghouse.example", name: "Avery Agent", password: "Agent-demo-2026!", role: "AGENT" },
  { email: "supervisor@clearinghouse.example", name: "Sam Supervisor", password: "Supervisor-demo-2026!", role: "SUPERVISOR" },
  { email: "trainer@clearinghouse.example", name: "Tara Trainer", password: "Trainer-demo-2026!", role: "TRAINER" },
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
  webBrowser: { name: "LS-CONTOSO-01", domain: "CONTOSO", connectionMethod: "WEB_BROWSER", company: "Contoso Ltd", firstName: "Alex", lastName: "Morgan", countryRegion: "US", email: "it@contoso.example", organizationalUnit: "Head office IT" },
  automatic: { name: "LS-FABRIKAM-01", domain: null, connectionMethod: "AUTOMATIC", company: "Fabrikam Inc", firstName: "Jordan", lastName: "Lee", countryRegion: "GB" },
  notActivated: { name: "LS-NEW-01", domain: "CONTOSO", connectionMethod: "AUTOMATIC", activated: false },
} as const;

/**
 * Who holds LS-CONTOSO-01's Per User CALs, for Create Report → CAL Usage: Contoso staff in organizational units
 * (down-level names and user principal names) and a few users of the trusted FABRIKAM domain. The seed gives
 * the server's issued Per User CALs these names in turn. LS-FABRIKAM-01 is in a workgroup (domain null).
 */
const OUS = ["OU=Sales,OU=Staff", "OU=East,OU=Sales,OU=Staff", "OU=Finance,OU=Staff", "OU=IT,OU=Staff"] as const;
const PEOPLE = ["Alice Smith", "Bruno Costa", "Chen Wei", "Dana Levi", "Emeka Obi", "Fatima Zahra", "Gustav Berg", "Hana Sato", "Ivan Petrov", "Jamila Noor", "Kofi Mensah", "Lena Fischer", "Marta Lopez", "Nils Holm"];
export const DEMO_CAL_USERS: readonly { issuedTo: string; distinguishedName: string | null }[] = Array.from({ length: 60 }, (_, i) => {
  const person = PEOPLE[i % PEOPLE.length]!;
  const round = Math.floor(i / PEOPLE.length);
  const login = `${person.split(" ")[0]!.toLowerCase()}${round ? round + 1 : ""}`;
  if (i % 10 === 9) return { issuedTo: `FABRIKAM\\${login}`, distinguishedName: `CN=${person},OU=Users,DC=fabrikam,DC=com` };
  const dn = `CN=${person}${round ? ` ${round + 1}` : ""},${OUS[i % OUS.length]},DC=contoso,DC=com`;
  return { issuedTo: i % 4 === 3 ? `${login}@contoso.com` : `CONTOSO\\${login}`, distinguishedName: i % 7 === 6 ? null : dn };
});

/**
 * Migrate RDS CALs (docs/decisions/025): LS-OLD-01 (available, in this console) holds the 60 CALs of
 * enrollment 7000007 and is being replaced by LS-MIGRATE-01; the 20 CALs of Select License 8000008 were
 * issued to a retired server that is not available (not in this console), whose License Server ID is
 * RETIRED_LICENSE_SERVER_ID.
 */
export const DEMO_MIGRATION = {
  source: { name: "LS-OLD-01", connectionMethod: "WEB_BROWSER", company: "Contoso Ltd", firstName: "Alex", lastName: "Morgan", countryRegion: "US" },
  target: { name: "LS-MIGRATE-01", connectionMethod: "WEB_BROWSER", company: "Contoso Ltd", firstName: "Alex", lastName: "Morgan", countryRegion: "US" },
  available: { credential: "7000007", quantity: 60, issued: 9 },
  retired: { name: "LS-RETIRED-01", credential: "8000008", quantity: 20, payload: "100200300400500600700800900100200" },
} as const;
