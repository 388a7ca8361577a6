// Benchmark 4: pages. First-load JavaScript of every page route from the production build (gzip), and for
// each form page the same with the schemas its forms load after the page (zod/mini's core and the schema
// modules: bench/lib/first-load-js.ts, an upper bound for a route with several forms), then a
// Lighthouse performance score (lighthouse 12.2.3, default mobile settings with simulated throttling, and
// the desktop preset) for each wizard page: the console's eight Manage RDS CALs pages and the web site's
// Manage CALs pages, served by `next start` on a fresh PostgreSQL database with the data each page needs,
// after what each of those pages really fetches in a browser (bench/lib/fetched-js.ts: the forms it shows,
// not every form its route can show).
// Targets: 120 kB gzip, score 95. Mobile scores are the median of BENCH_LIGHTHOUSE_RUNS runs (default 3).
//   npm run bench:pages        (BENCH_PORT=3205; CHROMIUM_PATH, default /usr/bin/chromium; BENCH_PAGES_FILTER)
// BENCH_SMALL=1 (CI): the first-load figures, checked against the README's (a change that moves them must
// re-measure them: `npm run bench:pages` then `npm run bench:readme`), and one Lighthouse run on one page.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { openDatabase } from "@/lib/prisma-client";
import { DRAFT_COOKIE } from "@/lib/clearinghouse/steps";
import { completeDraft, createDraft, createPurchase } from "@/prisma/clearinghouse-factories";
import { createServerWithPacks, openInstallLicensesRun, openLifecycleRun, openRebuildRun } from "@/prisma/console-factories";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { generateProductId } from "@/lib/licensing/product-id";
import { issueAndInstall } from "@/prisma/factories";
import type { WizardStep } from "@/lib/console/manage-cals/steps";
import { slugOf } from "@/lib/console/manage-cals/steps";
import { createScratchDatabase } from "./lib/scratch-database";
import { ensureBuilt, root, startAppServer } from "./lib/app-server";
import { firstLoadJs, type RouteJs } from "./lib/first-load-js";
import { fetchedJs, launchBrowser } from "./lib/fetched-js";
import { table } from "./lib/stats";
import { Report } from "./lib/report";
import { SMALL, size } from "./lib/small";

const PORT = Number(process.env.BENCH_PORT ?? 3205);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Issue 27 (was 25, issue 12): every route within this many kB (gzip) of the framework's floor, forms included (docs/decisions/028). */
const MARGIN_KB = 45;
/** Mobile runs per page: Lighthouse's simulated scores move by several points between runs, so the median. */
const MOBILE_RUNS = size("BENCH_LIGHTHOUSE_RUNS", 3, 1);
/** How far (kB gzip) a route's first-load JavaScript may be from the README's figure before CI asks for a re-measure. */
const README_TOLERANCE_KB = 0.5;

/** The first-load figures the README holds (the bench:pages block): route → kB gzip. */
function readmeFigures(): Map<string, number> {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const block = /<!-- bench:pages -->([\s\S]*?)<!-- \/bench:pages -->/.exec(readme)?.[1] ?? "";
  const figures = new Map<string, number>();
  for (const match of block.matchAll(/^\| (\/\S*) \| \d+ \| ([\d.]+) \|/gm)) figures.set(match[1]!, Number(match[2]));
  return figures;
}

/** Routes whose figure this build moved (or that are new or gone), as lines; empty when the README holds. */
function readmeDrift(routes: { route: string; gzipBytes: number }[]): string[] {
  const written = readmeFigures();
  const drift: string[] = [];
  for (const r of routes) {
    const kb = r.gzipBytes / 1024;
    const was = written.get(r.route);
    if (was === undefined) drift.push(`${r.route}: ${kb.toFixed(1)} kB, not in the README`);
    else if (Math.abs(kb - was) > README_TOLERANCE_KB) drift.push(`${r.route}: ${kb.toFixed(1)} kB, the README says ${was.toFixed(1)} kB`);
    written.delete(r.route);
  }
  for (const route of written.keys()) drift.push(`${route}: in the README, not in this build`);
  return drift;
}

interface Target {
  name: string;
  path: string;
  cookie?: string;
  /** Measured for what it fetches only, not scored by Lighthouse. */
  fetchOnly?: boolean;
}

/** One license server per console wizard page (a server has one open run), Manage CALs drafts, and other form pages. */
async function wizardPages(databaseUrl: string): Promise<Target[]> {
  const { db, close } = await openDatabase(databaseUrl);
  try {
    const targets: Target[] = [];
    const steps: [WizardStep, boolean][] = [
      ["WELCOME", false],
      ["ACTION_SELECTION", false],
      ["REASON", false],
      ["CONFIRM_DELETION", false],
      ["REINSTALLING", true],
      ["OBTAIN_KEY_PACK", true],
    ];
    for (const [step, deleted] of steps) {
      const server = await createServerWithPacks(db);
      if (step !== "WELCOME") await openRebuildRun(db, server, step, { deleted });
      targets.push({ name: `console: ${slugOf(step)}`, path: `/console/servers/${server.id}/manage-cals/${slugOf(step)}` });
    }
    // The last two pages follow a reinstall: one pack installed after the deletion, then the run finished.
    const { entitlement, credential } = await createPurchase(db, { licenseProgram: "ENTERPRISE_AGREEMENT", calType: "WS2022_PER_USER", quantity: 10 });
    for (const step of ["REINSTALL_ADDITIONAL", "COMPLETED"] as const) {
      const server = await createServerWithPacks(db);
      const run = await openRebuildRun(db, server, "REINSTALL_ADDITIONAL", { deleted: true });
      await issueAndInstall(db, server, entitlement, 5);
      if (step === "COMPLETED") {
        await db.wizardRun.update({
          where: { id: run.id },
          data: { status: "FINISHED", step: "COMPLETED", activeServerId: null, finishedAt: new Date(), continueChoice: "finish" },
        });
      }
      targets.push({ name: `console: ${slugOf(step)}`, path: `/console/servers/${server.id}/manage-cals/${slugOf(step)}` });
    }
    const draft = await createDraft(db, completeDraft({ agreementNumber: credential.agreementNumber }));
    const cookie = `${DRAFT_COOKIE}=${draft.id}`;
    targets.push({ name: "web site: Select Option", path: "/licensing" });
    for (const page of ["license-server", "company", "purchase", "verify"]) {
      targets.push({ name: `web site: ${page}`, path: `/licensing/manage-cals/${page}`, cookie });
    }
    // Form pages of the other procedures, for what they fetch.
    const notActivated = await createServerWithPacks(db, { packs: [], activated: false });
    await openLifecycleRun(db, notActivated, "ACTIVATE_SERVER", "ACTIVATE_CONNECTION_METHOD");
    targets.push({ name: "console: Activate Server, connection-method", path: `/console/servers/${notActivated.id}/activate/connection-method`, fetchOnly: true });
    const installing = await createServerWithPacks(db, { packs: [], connectionMethod: "AUTOMATIC" });
    await openInstallLicensesRun(db, installing, "INSTALL_LICENSE_PROGRAM", { connectionMethod: "AUTOMATIC" });
    targets.push({ name: "console: Install Licenses, license-program", path: `/console/servers/${installing.id}/install-licenses/license-program`, fetchOnly: true });
    targets.push({ name: "console: Create Report", path: `/console/servers/${(await createServerWithPacks(db)).id}/reports/new`, fetchOnly: true });
    targets.push({ name: "console: Connect", path: "/console/connect", fetchOnly: true });
    targets.push({ name: "web site: License Server Activation", path: `/licensing/activate?productId=${generateProductId()}&licenseServerId=${generateLicenseServerId()}`, fetchOnly: true });
    targets.push({ name: "web site: Check request status", path: "/licensing/status", fetchOnly: true });
    targets.push({ name: "helpdesk: sign-in", path: "/helpdesk/sign-in", fetchOnly: true });
    return targets;
  } finally {
    await close();
  }
}

/** Main-thread ms per script (Lighthouse's bootup-time, already scaled by its CPU throttling), largest first. */
function scriptCosts(details: unknown): string {
  const items = (details as { items?: { url: string; scripting: number; scriptParseCompile: number }[] } | undefined)?.items ?? [];
  return items
    .slice(0, 4)
    .map((i) => `${i.url.replace(/^https?:\/\/[^/]+/, "")} ${Math.round(i.scripting + i.scriptParseCompile)} ms`)
    .join(", ");
}

async function score(url: string, cookie: string | undefined, desktop: boolean) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: cookie ? { Cookie: cookie } : undefined },
      desktop ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      finalUrl: lhr.finalDisplayedUrl,
      scripts: scriptCosts(lhr.audits["bootup-time"]?.details),
    };
  } finally {
    chrome.kill();
  }
}

async function main() {
  const report = new Report("pages");
  ensureBuilt();
  report.log(`## Pages: first-load JavaScript (gzip) per route, from the production build, ${new Date().toISOString()}`);
  report.log();
  const routes = firstLoadJs(path.join(root, ".next"));
  // The floor: what the smallest route (an empty page: Next and React alone) loads.
  const floor = Math.min(...routes.map((r) => r.gzipBytes));
  const over = (r: { gzipBytes: number }) => (r.gzipBytes - floor) / 1024;
  const overWith = (r: { withSchemasGzipBytes: number }) => (r.withSchemasGzipBytes - floor) / 1024;
  const overWithOne = (r: { withOneSchemaGzipBytes: number }) => (r.withOneSchemaGzipBytes - floor) / 1024;
  // One figure when every page of the route loads the same schemas, else the least a page with one form loads and the most the route can.
  const range = (low: number, high: number) => (Math.abs(high - low) < 0.05 ? high.toFixed(1) : `${low.toFixed(1)}-${high.toFixed(1)}`);
  const withinWith = (r: RouteJs) => (overWith(r) <= MARGIN_KB ? "yes" : overWithOne(r) > MARGIN_KB ? "no" : "depends on the page");
  const forms = routes.filter((r) => r.schemaFiles > 0);
  report.log(
    table(
      ["route", "files", "first-load JS kB (gzip)", "over the floor kB", `within ${MARGIN_KB} kB of the floor`, "with its schemas kB (gzip)", "with its schemas over the floor kB", `with its schemas within ${MARGIN_KB} kB`],
      routes.map((r) => [
        r.route,
        r.files,
        (r.gzipBytes / 1024).toFixed(1),
        over(r).toFixed(1),
        over(r) <= MARGIN_KB ? "yes" : "no",
        ...(r.schemaFiles > 0 ? [range(r.withOneSchemaGzipBytes / 1024, r.withSchemasGzipBytes / 1024), range(overWithOne(r), overWith(r)), withinWith(r)] : ["-", "-", "-"]),
      ]),
    ),
  );
  report.log();
  const worst = routes.reduce((a, b) => (over(b) > over(a) ? b : a));
  const beyond = routes.filter((r) => over(r) > MARGIN_KB);
  report.log(
    `The floor (the smallest route: framework and React alone) is ${(floor / 1024).toFixed(1)} kB; the largest margin is ${over(worst).toFixed(1)} kB (${worst.route}); ` +
      `${beyond.length} routes over ${MARGIN_KB} kB${beyond.length ? `: ${beyond.map((r) => `${r.route} (+${over(r).toFixed(1)})`).join(", ")}` : ""}.`,
  );
  report.log();
  if (forms.length > 0) {
    const worstWith = forms.reduce((a, b) => (overWith(b) > overWith(a) ? b : a));
    const beyondWith = forms.filter((r) => overWithOne(r) > MARGIN_KB);
    const maybe = forms.filter((r) => overWithOne(r) <= MARGIN_KB && overWith(r) > MARGIN_KB);
    report.log(
      `With its schemas (the ${forms.length} routes whose forms load a schema after the page; a range is the least a page of the route with one form loads to everything its forms can load): ` +
        `the largest margin is ${overWith(worstWith).toFixed(1)} kB (${worstWith.route}); ${beyondWith.length} routes over ${MARGIN_KB} kB with any of their forms` +
        `${beyondWith.length ? `: ${beyondWith.map((r) => `${r.route} (+${range(overWithOne(r), overWith(r))})`).join(", ")}` : ""}` +
        `${maybe.length ? `; over with some of their forms: ${maybe.map((r) => `${r.route} (+${range(overWithOne(r), overWith(r))})`).join(", ")}` : ""}.`,
    );
    report.log();
  }
  if (SMALL) {
    const drift = readmeDrift(routes);
    if (drift.length > 0) {
      console.error(`bench: the README's first-load figures are not this build's (more than ${README_TOLERANCE_KB} kB apart); re-measure them with \`npm run bench:pages\` then \`npm run bench:readme\`:\n  ${drift.join("\n  ")}`);
      process.exitCode = 1;
    } else console.log("bench: the README's first-load figures are this build's");
  }

  const database = await createScratchDatabase("rdls_bench_pages");
  const server = await startAppServer(PORT, database.url);
  try {
    // BENCH_PAGES_FILTER=obtain runs Lighthouse only on the pages whose name contains it (for iterating).
    // A small run scores one page: enough to know the Lighthouse part still works.
    const pages = await wizardPages(database.url);
    // What each of these pages fetches in a browser, its form's schema included: every page, whatever the filter.
    const browser = await launchBrowser(CHROMIUM);
    const fetchedRows: (string | number)[][] = [];
    try {
      for (const target of pages) {
        const fetched = await fetchedJs(browser, path.join(root, ".next"), `${server.url}${target.path}`, target.cookie);
        const margin = (fetched.gzipBytes - floor) / 1024;
        const landed = fetched.landed === target.path.replace(/\?.*$/, "") ? "" : ` (landed on ${fetched.landed})`;
        fetchedRows.push([`${target.name}${landed}`, fetched.files, (fetched.gzipBytes / 1024).toFixed(1), margin.toFixed(1), margin <= MARGIN_KB ? "yes" : "no"]);
      }
    } finally {
      await browser.close();
    }
    report.log(`## What the wizard pages fetch in a browser (their form's schema included; gzip, sized from the build)`);
    report.log();
    report.log(table(["page", "files", "JavaScript fetched kB (gzip)", "over the floor kB", `within ${MARGIN_KB} kB of the floor`], fetchedRows));
    report.log();
    const targets = pages.filter((t) => !t.fetchOnly && t.name.includes(process.env.BENCH_PAGES_FILTER ?? "")).slice(0, SMALL ? 1 : undefined);
    const rows: (string | number)[][] = [];
    for (const target of targets) {
      // One unmeasured load first: the server's first render of a route compiles nothing, but warms caches.
      await fetch(`${server.url}${target.path}`, { headers: target.cookie ? { Cookie: target.cookie } : {} });
      const runs: Awaited<ReturnType<typeof score>>[] = [];
      for (let run = 0; run < MOBILE_RUNS; run++) runs.push(await score(`${server.url}${target.path}`, target.cookie, false));
      runs.sort((a, b) => a.score - b.score);
      const mobile = runs[Math.floor(runs.length / 2)]!;
      const desktop = SMALL ? { score: "-" } : await score(`${server.url}${target.path}`, target.cookie, true);
      const landed = new URL(mobile.finalUrl).pathname === target.path ? "" : ` (landed on ${new URL(mobile.finalUrl).pathname})`;
      const spread = `${mobile.score} (${runs[0]!.score}-${runs[runs.length - 1]!.score})`;
      rows.push([`${target.name}${landed}`, spread, desktop.score, Math.round(mobile.fcp), Math.round(mobile.lcp), Math.round(mobile.tbt), mobile.cls.toFixed(3)]);
      console.log(`bench: ${target.name}: mobile ${spread} / desktop ${desktop.score}; script time (median mobile run): ${mobile.scripts}`);
    }
    report.log(`## Lighthouse performance, wizard pages (headless Chromium, lighthouse 12.2.3)`);
    report.log();
    report.log(
      table(
        ["page", `score (mobile, simulated throttling): median of ${MOBILE_RUNS} (min-max)`, "score (desktop)", "FCP ms (mobile)", "LCP ms (mobile)", "TBT ms (mobile)", "CLS"],
        rows,
      ),
    );
  } finally {
    await server.stop();
    await database.drop();
  }
  report.save();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
