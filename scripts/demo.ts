// `npm run demo`: runs the demos of e2e/demo against a freshly made, migrated and seeded database (the same
// way as `npm run test:e2e`, through scripts/e2e.ts) with playwright.demo.config.ts: slowed down, recorded
// (video, trace, a screenshot per step) into demo-output/, and one film per demo composed as each ends
// (scripts/films/film-reporter.ts). Extra arguments go to Playwright (`npm run demo -- --grep helpdesk`).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const output = path.join(root, "demo-output");

/**
 * Playwright encodes videos with its own ffmpeg build, which `npx playwright install ffmpeg` downloads. Where
 * that download is not possible, a system ffmpeg (Debian: `apt-get install ffmpeg`) does the same job: it is
 * linked where Playwright looks for its own. Without either, the demos run without video.
 */
function videoEnvironment(): Record<string, string> {
  const { browsers } = JSON.parse(readFileSync(path.join(root, "node_modules/playwright-core/browsers.json"), "utf8")) as { browsers: { name: string; revision: string }[] };
  const revision = browsers.find((b) => b.name === "ffmpeg")!.revision;
  const binary = process.platform === "darwin" ? "ffmpeg-mac" : "ffmpeg-linux";
  const registry = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(homedir(), process.platform === "darwin" ? "Library/Caches/ms-playwright" : ".cache/ms-playwright");
  if (existsSync(path.join(registry, `ffmpeg-${revision}`, binary))) return {};

  const system = process.env.FFMPEG_PATH ?? whichFfmpeg() ?? installFfmpegWithApt();
  if (!system) {
    console.warn("==> No ffmpeg found: the demos run without video (traces and screenshots only). For videos: sudo apt-get install ffmpeg");
    return { DEMO_VIDEO: "off" };
  }
  const linked = path.join(root, ".data", "playwright-ffmpeg");
  rmSync(linked, { recursive: true, force: true });
  mkdirSync(path.join(linked, `ffmpeg-${revision}`), { recursive: true });
  symlinkSync(system, path.join(linked, `ffmpeg-${revision}`, binary));
  console.log(`==> Videos encoded with ${system}`);
  return { PLAYWRIGHT_BROWSERS_PATH: linked };
}

/** On a Debian machine where we are root (CI, these sandboxes), bring Debian's ffmpeg rather than go without video. */
function installFfmpegWithApt(): string | null {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return null;
  console.log("==> Installing Debian's ffmpeg for the demo videos (apt-get install ffmpeg)");
  try {
    execFileSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg >/dev/null"], { stdio: "inherit" });
  } catch {
    return null;
  }
  return whichFfmpeg();
}

function whichFfmpeg(): string | null {
  try {
    return execFileSync("which", ["ffmpeg"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

function listRecordings() {
  const results = path.join(output, "test-results");
  if (!existsSync(results)) return console.log("==> No recordings were written (see the errors above).");
  const files = readdirSync(results, { recursive: true, encoding: "utf8" }).map((f) => path.relative(root, path.join(results, f)));
  console.log(`\n==> Demo recordings in ${path.relative(root, output)}/`);
  for (const video of files.filter((f) => f.endsWith(".webm"))) console.log(`    video  ${video}`);
  for (const trace of files.filter((f) => f.endsWith("trace.zip"))) console.log(`    trace  npx playwright show-trace ${trace}`);
  console.log("    report npx playwright show-report demo-output/report");
  if (existsSync(path.join(output, "films", "index.html"))) console.log("    films  demo-output/films/index.html");
}

rmSync(output, { recursive: true, force: true });
const environment = videoEnvironment();
const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/e2e.ts", "--config", "playwright.demo.config.ts", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...environment },
});
listRecordings();
process.exitCode = run.status ?? 1; // null: killed by a signal
