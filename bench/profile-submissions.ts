// Where the server's CPU goes during the final submit under load: starts `next start` with --cpu-prof on a
// fresh database, drives POST /api/licensing/submissions (or, with BENCH_PROFILE_ROUTE=ping, the
// no-database route) with autocannon (10 connections, BENCH_DURATION seconds), stops the server so it
// writes its profile, and prints self time by package, the top functions, and inclusive time by function.
// For finding what to cut; the figures to compare are bench:submissions'.
//   npm run bench:profile-submissions      (BENCH_DURATION=10, BENCH_PORT=3206; BENCH_SMALL=1: 1 s)
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createScratchDatabase, scratchPool } from "./lib/scratch-database";
import { ensureBuilt, startAppServer } from "./lib/app-server";
import { seedSubmissions } from "./lib/submission-fixtures";
import { table } from "./lib/stats";
import { size } from "./lib/small";

const DURATION = size("BENCH_DURATION", 10, 1);
const PORT = Number(process.env.BENCH_PORT ?? 3206);
/** BENCH_PROFILE_ROUTE=ping profiles the no-database route instead, to compare the two per request. */
const ROUTE = process.env.BENCH_PROFILE_ROUTE === "ping" ? "/api/ping" : "/api/licensing/submissions";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "…/node_modules/@prisma/client/runtime/x.js" → "@prisma/client"; the app's chunks → "app"; else the kind. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  if (url.includes("/.next/server/chunks/")) return "app chunks (.next/server/chunks)";
  if (url.includes("/.next/")) return "app (.next)";
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  if (url.startsWith("wasm://")) return "wasm";
  return url;
}

function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const fn = `${frame.functionName || "(anonymous)"} ${pkg}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  // Inclusive time by function name: each sample counted once per distinct name on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, micros] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = `${frame.functionName || "(anonymous)"} ${packageOf(frame.url, frame.functionName)}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, (v / 1000).toFixed(0), ((100 * v) / total).toFixed(1) + "%"]);
  return { total, packages: top(byPackage, 25), functions: top(byFunction, 40), inclusive: top(inclusive, 80) };
}

async function main() {
  ensureBuilt();
  const dir = mkdtempSync(path.join(os.tmpdir(), "rdls-prof-"));
  const database = await createScratchDatabase("rdls_bench_profile");
  const pool = scratchPool(database.url, 2);
  const server = await startAppServer(PORT, database.url, {}, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  let served = 0;
  try {
    const fixtures = await seedSubmissions(pool, 1_500 * DURATION + 300);
    await pool.query(`VACUUM ANALYZE`);
    let next = 0;
    const result = await autocannon({
      url: `${server.url}${ROUTE}`,
      connections: 10,
      duration: DURATION,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ draftId: fixtures[next++]!.draftId }) }) }],
    });
    served = result["2xx"];
    console.log(`bench: ${ROUTE}: ${result.requests.average.toFixed(0)} requests/s, ${result.non2xx} not 2xx`);
  } finally {
    await server.stop();
    await pool.end();
    await database.drop();
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    const s = summarise(profile);
    if (s.total < 1e6) continue; // a helper process that did nothing to speak of
    console.log(`\n${file}: ${(s.total / 1e6).toFixed(1)} s of samples, ${served} requests (${(s.total / 1000 / Math.max(served, 1)).toFixed(2)} ms a request)\n`);
    console.log(table(["package", "self ms", "share"], s.packages));
    console.log();
    console.log(table(["function", "self ms", "share"], s.functions));
    console.log();
    console.log(table(["function (inclusive)", "ms", "share"], s.inclusive));
  }
  console.log(`\nprofiles in ${dir}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
