// Console demo data: three license servers, as docs/domain.md describes them.
import type { Database } from "@/lib/prisma-client";
import { createLicenseServer, issueAndInstall } from "../factories";
import { DEMO_SERVERS } from "./demo-data";

type Entitlements = Awaited<ReturnType<Database["entitlement"]["findMany"]>>;

export async function seedConsole(db: Database, entitlements: Entitlements) {
  const by = (credential: string) => {
    const found = entitlements.find((e) => e.credential === credential);
    if (!found) throw new Error(`seed: no entitlement ${credential}`);
    return found;
  };
  const contoso = await createLicenseServer(db, DEMO_SERVERS.webBrowser);
  await issueAndInstall(db, contoso, by("R2022USERCALDEMOPACK00050"), 50, 18);
  await issueAndInstall(db, contoso, by("2000002"), 250, 40);
  await issueAndInstall(db, contoso, by("12345678/OPENAUTH2022DEV"), 40, 12);
  await db.serverEvent.create({
    data: { serverId: contoso.id, eventId: 44, message: "The license server was activated by using the Web Browser connection method." },
  });

  const fabrikam = await createLicenseServer(db, DEMO_SERVERS.automatic);
  await issueAndInstall(db, fabrikam, by("1000001"), 100, 30);

  await createLicenseServer(db, DEMO_SERVERS.notActivated);
}
