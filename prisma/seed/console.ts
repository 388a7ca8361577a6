// Console demo data: three license servers, as docs/domain.md describes them.
import type { Database } from "@/lib/prisma-client";
import { createLicenseServer, issueAndInstall, issueKeyPack } from "../factories";
import { calType } from "@/lib/licensing/catalog";
import { mod97CheckDigits } from "@/lib/licensing/mod97";
import { DEMO_CAL_USERS, DEMO_INSTALLS, DEMO_MIGRATION, DEMO_SERVERS } from "./demo-data";

type Entitlements = Awaited<ReturnType<Database["entitlement"]["findMany"]>>;

export async function seedConsole(db: Database, entitlements: Entitlements) {
  const by = (credential: string) => {
    const found = entitlements.find((e) => e.credential === credential);
    if (!found) throw new Error(`seed: no entitlement ${credential}`);
    return found;
  };
  const servers = {
    webBrowser: await createLicenseServer(db, DEMO_SERVERS.webBrowser),
    automatic: await createLicenseServer(db, DEMO_SERVERS.automatic),
  };
  for (const install of DEMO_INSTALLS) await issueAndInstall(db, servers[install.server], by(install.credential), install.quantity, install.issued);
  await nameCalUsers(db, servers.webBrowser.id);
  await db.serverEvent.create({
    data: { serverId: servers.webBrowser.id, eventId: 44, message: "The license server was activated by using the Web Browser connection method." },
  });

  await createLicenseServer(db, DEMO_SERVERS.notActivated);
  await seedMigration(db, by);
}

/** The retired source's License Server ID, to type on Source License Server Information (README). */
const RETIRED_LICENSE_SERVER_ID = DEMO_MIGRATION.retired.payload + mod97CheckDigits(DEMO_MIGRATION.retired.payload);

/** Two servers and two purchases to migrate (docs/decisions/025). */
async function seedMigration(db: Database, by: (credential: string) => Entitlements[number]) {
  const source = await createLicenseServer(db, DEMO_MIGRATION.source);
  await createLicenseServer(db, DEMO_MIGRATION.target);
  const { available, retired } = DEMO_MIGRATION;
  await issueAndInstall(db, source, by(available.credential), available.quantity, available.issued);
  const gone = by(retired.credential);
  await issueKeyPack(db, { targetLicenseServerId: RETIRED_LICENSE_SERVER_ID, calType: gone.calType, licenseProgram: gone.licenseProgram, quantity: retired.quantity, entitlementId: gone.id });
}

/** LS-CONTOSO-01's Per User CALs issued to DEMO_CAL_USERS, so its CAL Usage reports name real-looking users. */
async function nameCalUsers(db: Database, serverId: string) {
  const cals = await db.issuedCal.findMany({ where: { serverId }, orderBy: [{ issuedOn: "desc" }, { id: "asc" }], select: { id: true, installedKeyPack: { select: { calType: true } } } });
  const perUser = cals.filter((c) => calType(c.installedKeyPack.calType).perUser);
  await db.$transaction(perUser.map((cal, i) => db.issuedCal.update({ where: { id: cal.id }, data: DEMO_CAL_USERS[i % DEMO_CAL_USERS.length]! })));
}
