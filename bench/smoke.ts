// `npm run bench:smoke` (CI, .ci/run): every benchmark of package.json (each `bench:*` script) at its small
// size (BENCH_SMALL=1, bench/lib/small.ts), one after another, each on a free port, so a change that breaks
// one fails CI. A new bench:* script is run here without being listed; it must honour BENCH_SMALL and end
// within LIMIT_S. Figures of a small run are not kept. bench:seed runs before bench:search, on a small
// database of their own that is dropped at the end.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "../e2e/reliability/support/second-server";

const root = path.resolve(import.meta.dirname, "..");
/** Seconds one small benchmark may take on a loaded 2-core machine (the slowest, bench:faults, takes about 40). */
const LIMIT_S = 180;
/** Not benchmarks: this script and the README copier. */
const SKIPPED = new Set(["bench:smoke", "bench:readme"]);
/** Scripts that must run before others (bench:search reads the database bench:seed fills). */
const FIRST = ["bench:seed"];

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], { cwd: root, env, stdio: "inherit", detached: true });
    let timedOut = false;
    // The whole group: npm, tsx and the app server a benchmark starts.
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, "SIGKILL");
    }, LIMIT_S * 1000);
    child.on("exit", (status) => {
      clearTimeout(timer);
      resolve({ status, timedOut });
    });
  });
}

async function main() {
  const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts)
    .filter((name) => name.startsWith("bench:") && !SKIPPED.has(name))
    .sort((a, b) => Number(FIRST.includes(b)) - Number(FIRST.includes(a)));
  const results: { script: string; seconds: number; outcome: string }[] = [];
  try {
    for (const script of scripts) {
      const env = { ...process.env, BENCH_SMALL: "1", BENCH_PORT: String(await freePort()), FAULTS_PG_PORT: String(await freePort()) };
      console.log(`\n==> ${script} (small)`);
      const began = Date.now();
      const { status, timedOut } = await run(script, [], env);
      const seconds = (Date.now() - began) / 1000;
      results.push({ script, seconds, outcome: timedOut ? `stopped after ${LIMIT_S} s` : status === 0 ? "ok" : `FAILED (exit ${status})` });
    }
  } finally {
    await run("bench:seed", ["--drop"], { ...process.env, BENCH_SMALL: "1" });
  }
  console.log("\nbench: smoke run (BENCH_SMALL=1)");
  for (const r of results) console.log(`  ${r.seconds.toFixed(0).padStart(4)} s  ${r.script}: ${r.outcome}`);
  const failed = results.filter((r) => r.outcome !== "ok");
  console.log(failed.length ? `bench: ${failed.length} of ${results.length} benchmarks failed` : `bench: all ${results.length} benchmarks ran`);
  if (failed.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
