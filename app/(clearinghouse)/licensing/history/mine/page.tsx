// The proved address's requests (history.ts): only with the session cookie the one-time link gave.
import Link from "next/link";
import { connection } from "next/server";
import { buttonClass } from "@/components/ui/button";
import { CustomerHistoryTables } from "@/components/licensing/customer-history-table";
import { getDb } from "@/lib/db";
import { readHistorySession } from "@/lib/clearinghouse/customer-history/cookie";
import { historyFor, sessionEmail } from "@/lib/clearinghouse/customer-history/history";
import { HISTORY_PATHS } from "@/lib/clearinghouse/customer-history/paths";

export const metadata = { title: "Your requests" };

export default async function MyHistoryPage() {
  await connection();
  const db = await getDb();
  const email = await sessionEmail(db, await readHistorySession());
  if (!email) {
    return (
      <main className="max-w-2xl">
        <h1 className="text-2xl">Your requests</h1>
        <p className="mt-2">To see your requests, prove your e-mail address first: the link we send is good for one visit of an hour.</p>
        <p className="mt-4"><Link href={HISTORY_PATHS.ask} className={buttonClass("primary")}>Ask for a link</Link></p>
      </main>
    );
  }
  const history = await historyFor(db, email);
  const count = history.reduce((n, s) => n + s.requests.length, 0);
  return (
    <main>
      <h1 className="text-2xl">Your requests</h1>
      <p className="mt-2">
        {count} request{count === 1 ? "" : "s"} for {history.length} license server{history.length === 1 ? "" : "s"} made with <strong>{email}</strong>.
      </p>
      {count ? (
        <>
          <p className="mt-3"><a href={HISTORY_PATHS.csv} download className={buttonClass("secondary")}>Download the list (CSV)</a></p>
          <div className="mt-6"><CustomerHistoryTables history={history} /></div>
        </>
      ) : null}
    </main>
  );
}
