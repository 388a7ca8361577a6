// Seeds the demo data, only on an empty database (no license server and no staff user yet), and removes
// practice servers that expired while the app was down. Run by `npm start` after migrations; safe to rerun.
import { resolveDatabaseTarget } from "@/lib/database-url";
import { openDatabase } from "@/lib/prisma-client";
import { removeExpiredPracticeServers } from "@/lib/practice/store";
import { deleteStaleDrafts } from "@/lib/clearinghouse/stale-drafts";
import { seedClearinghouse } from "./seed/clearinghouse";
import { seedConsole } from "./seed/console";
import { seedHelpdesk } from "./seed/helpdesk";

async function main() {
  const { db, close } = await openDatabase();
  const { kind } = resolveDatabaseTarget(process.env.DATABASE_URL);
  try {
    const expired = await removeExpiredPracticeServers(db);
    if (expired > 0) console.log(`seed: removed ${expired} expired practice server(s).`);
    const drafts = await deleteStaleDrafts(db);
    if (drafts > 0) console.log(`seed: removed ${drafts} unsubmitted draft(s) older than 7 days.`);
    const [servers, staff] = await Promise.all([db.licenseServer.count(), db.staffUser.count()]);
    if (servers > 0 || staff > 0) {
      console.log(`seed: the ${kind} database already has data; nothing seeded.`);
      return;
    }
    const entitlements = await seedClearinghouse(db);
    await seedConsole(db, entitlements);
    await seedHelpdesk(db);
    console.log(`seed: demo data written to the ${kind} database.`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
