// Console demo data: three license servers, as docs/domain.md describes them.
import type { Database } from "@/lib/prisma-client";
import { createLicenseServer, issueAndInstall } from "../factories";
import { DEMO_INSTALLS, DEMO_SERVERS } from "./demo-data";

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
  await db.serverEvent.create({
    data: { serverId: servers.webBrowser.id, eventId: 44, message: "The license server was activated by using the Web Browser connection method." },
  });

  await createLicenseServer(db, DEMO_SERVERS.notActivated);
}
