// Online password guessing against one helpdesk account, as a botnet would: 30 attackers at once, each
// attempt from a new client address (the benchmark plays the one trusted proxy, TRUST_PROXY=1, and names the
// address in X-Forwarded-For). Starts the production build (server/index.mjs) on a PostgreSQL database of its
// own with one staff account, on 127.0.0.1 only, then posts the sign-in form's server action with wrong
// passwords and counts how many answers checked the password ("not right") and how many were refused before it
// ("Too many sign-in attempts"). Bounded: BENCH_SECONDS (default 60) or BENCH_ATTEMPTS (default 3,000),
// whichever comes first. Finally the account's owner signs in with the right password from the browser that
// signed in before the attack (its cookies kept, so its device cookie where the app issues one), and the
// time that took. docs/decisions/028-device-cookies-and-route-limits.md has the figures before and after.
//   npm run bench:sign-in-guesses      (BENCH_PORT=3207, BENCH_PARALLEL=30, BENCH_ROTATE=0 keeps one address per attacker)
import { actionId, encodeReply } from "@/e2e/reliability/support/action-protocol";
import { openDatabase } from "@/lib/prisma-client";
import { createStaffUser } from "@/prisma/factories";
import { ensureBuilt, root, startAppServer } from "./lib/app-server";
import { createScratchDatabase } from "./lib/scratch-database";
import { size } from "./lib/small";

// BENCH_SMALL=1 (bench/lib/small.ts, CI's bench:smoke): a few seconds, to show the script still runs.
const SECONDS = size("BENCH_SECONDS", 60, 5);
const ATTEMPTS = size("BENCH_ATTEMPTS", 3000, 200);
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 30);
const ROTATE = process.env.BENCH_ROTATE !== "0";
const PORT = Number(process.env.BENCH_PORT ?? 3207);
const EMAIL = "owner@clearinghouse.example";
const PASSWORD = "Owner-bench-password-2026!";

type Outcome = "checked" | "refused" | "signed-in" | "other";

interface Answer {
  outcome: Outcome;
  ms: number;
  cookies: string[];
}

async function signIn(url: string, action: string, address: string, password: string, cookie = ""): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/helpdesk/sign-in`, {
    method: "POST",
    headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", "X-Forwarded-For": address, ...(cookie ? { Cookie: cookie } : {}) },
    // The sign-in form's own action (lib/forms/form-state.ts: previous state, then the values), the one its
    // page posts: a plain signIn posted to the page is forwarded by Next to another page and loses its cookies.
    body: encodeReply([null, { email: EMAIL, password }]),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const outcome: Outcome = response.headers.get("x-action-redirect")
    ? "signed-in"
    : body.includes("is not right")
      ? "checked"
      : body.includes("Too many sign-in attempts")
        ? "refused"
        : "other";
  return { outcome, ms: performance.now() - started, cookies };
}

let addresses = 0;
/** 10.x.y.z, never the same twice (BENCH_ROTATE=0: one per attacker, chosen once). */
const nextAddress = () => {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

async function main() {
  ensureBuilt();
  const database = await createScratchDatabase("rdls_bench_signin");
  try {
    const seeding = await openDatabase(database.url);
    await createStaffUser(seeding.db, { email: EMAIL, password: PASSWORD, role: "AGENT" });
    await seeding.close();
    const server = await startAppServer(PORT, database.url, { TRUST_PROXY: "1" });
    try {
      const action = actionId("signInForm", root);
      // The owner signs in once before the attack from the browser they will use again.
      const before = await signIn(server.url, action, nextAddress(), PASSWORD);
      if (before.outcome !== "signed-in") throw new Error(`bench: the owner could not sign in before the attack (${before.outcome})`);
      const ownerCookies = before.cookies.join("; ");

      const counts: Record<Outcome, number> = { checked: 0, refused: 0, "signed-in": 0, other: 0 };
      const checkedAt: number[] = [];
      let sent = 0;
      const start = performance.now();
      const until = start + SECONDS * 1000;
      const attacker = async () => {
        let address = nextAddress();
        while (sent < ATTEMPTS && performance.now() < until) {
          sent++;
          if (ROTATE) address = nextAddress();
          const answer = await signIn(server.url, action, address, `guess-${sent}`);
          counts[answer.outcome]++;
          if (answer.outcome === "checked") checkedAt.push(performance.now() - start);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, attacker));
      const elapsed = (performance.now() - start) / 1000;

      const owner = await signIn(server.url, action, nextAddress(), PASSWORD, ownerCookies);
      const lastChecked = checkedAt.length ? (checkedAt.at(-1)! / 1000).toFixed(1) : "-";
      console.log(`\nSign-in guessing: ${PARALLEL} attackers at once, ${ROTATE ? "a new address for every attempt" : "one address each"} (TRUST_PROXY=1), one account`);
      console.log(`attempts ${sent} in ${elapsed.toFixed(1)} s: password checked ${counts.checked}, refused before the check ${counts.refused}, other ${counts.other + counts["signed-in"]}`);
      console.log(`guesses per second over the run: ${(counts.checked / elapsed).toFixed(2)} (last guess checked at ${lastChecked} s)`);
      console.log(`the owner's browser from before the attack, right password: ${owner.outcome} in ${owner.ms.toFixed(0)} ms`);
      if (server.stderr().trim()) console.log(`\nserver stderr:\n${server.stderr().slice(-2000)}`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
