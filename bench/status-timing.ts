// Check request status: does a lookup take longer when the reference exists (wrong contact) than when it
// does not? Issue 13 point 6 measured ~0.3 ms between them. Runs lib/clearinghouse/queries.ts's
// findRequestForLookup (the action's lookup after its rate limit) in this process against a scratch
// PostgreSQL database with BENCH_REQUESTS requests (default 2,000), the two kinds interleaved, and prints
// the median and p95 of each and their difference. BENCH_ITERATIONS (default 2,000 per kind).
//   npm run bench:status-timing      (BENCH_SMALL=1: 50 requests, 50 lookups of each kind)
import { createRequestRecord } from "@/prisma/clearinghouse-factories";
import { generateReference } from "@/lib/clearinghouse/new-reference";
import { openDatabase } from "@/lib/prisma-client";
import { createScratchDatabase } from "./lib/scratch-database";
import { ms, percentile, table, timed } from "./lib/stats";
import { size } from "./lib/small";

const REQUESTS = size("BENCH_REQUESTS", 2000, 50);
const ITERATIONS = size("BENCH_ITERATIONS", 2000, 50);
const WARMUP = size("BENCH_WARMUP", 200, 10);

async function main() {
  const scratch = await createScratchDatabase("rdls_bench_status");
  try {
    const seeding = await openDatabase(scratch.url);
    const references: string[] = [];
    for (let i = 0; i < REQUESTS; i++) references.push((await createRequestRecord(seeding.db, { status: i % 3 === 0 ? "AWAITING_REVIEW" : "REJECTED" })).reference);
    await seeding.close();

    // The app's own client (lib/db.ts) opens DATABASE_URL on first use.
    process.env.DATABASE_URL = scratch.url;
    const { findRequestForLookup } = await import("@/lib/clearinghouse/queries");
    const { statusLookupSchema } = await import("@/lib/clearinghouse/schemas");
    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const kinds = {
      "missing reference": () => ({ reference: generateReference(), contact: "someone@contoso.example" }),
      "wrong contact": () => ({ reference: pick(references), contact: "someone@contoso.example" }),
    } as const;
    const samples: Record<keyof typeof kinds, number[]> = { "missing reference": [], "wrong contact": [] };
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
        const lookup = statusLookupSchema.parse(kinds[kind]());
        const [found, took] = await timed(() => findRequestForLookup(lookup));
        if (found) throw new Error(`${kind} matched a request`);
        if (i >= WARMUP) samples[kind].push(took);
      }
    }
    const rows = Object.entries(samples).map(([kind, values]) => [kind, values.length, ms3(percentile(values, 50)), ms3(percentile(values, 95))]);
    console.log(`\nfindRequestForLookup on PostgreSQL, ${REQUESTS} requests, ${ITERATIONS} lookups of each kind (interleaved), ms\n`);
    console.log(table(["kind", "lookups", "median", "p95"], rows));
    const gap = percentile(samples["wrong contact"], 50) - percentile(samples["missing reference"], 50);
    console.log(`\nmedian(wrong contact) - median(missing reference) = ${ms3(gap)} ms`);
  } finally {
    await scratch.drop();
  }
  // lib/db.ts keeps its client for the process: end it here.
  process.exit(0);
}

const ms3 = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : ms(value));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
