// What a page really fetches: the JavaScript files a browser loads for it, its forms' schemas included (they
// load once the page is up, components/forms/use-action-form.ts), gzip-compressed as served. The manifests'
// count (first-load-js.ts) holds every form a route can show; this one holds the forms the page shows.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";

/** How long no script may be asked for before the page counts as done loading. */
const QUIET_MS = 2000;

export interface FetchedJs {
  /** The address the page ended on (a guard may have sent it elsewhere). */
  landed: string;
  files: number;
  gzipBytes: number;
}

/** A browser for `fetchedJs`: the Chromium at `executablePath`, headless. */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
}

/**
 * Opens `url` in a fresh context and sums the .js files fetched until the network is idle and no script has
 * been asked for in QUIET_MS (the schema loaders start once the page is up). Files are sized from the build
 * (`nextDir`), as the manifests' figures are, so the two compare.
 */
export async function fetchedJs(browser: Browser, nextDir: string, url: string, cookie?: string): Promise<FetchedJs> {
  const context = await browser.newContext();
  try {
    if (cookie) {
      const [name, ...value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value.join("="), url }]);
    }
    const page = await context.newPage();
    const scripts = new Set<string>();
    let lastScriptAt = Date.now();
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith("/_next/static/") && pathname.endsWith(".js")) {
        scripts.add(pathname);
        lastScriptAt = Date.now();
      }
    });
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    // What loads after the page (the schema loaders start in an effect after hydration, a QR code's library
    // when it is drawn) can come after networkidle: wait until no script has been asked for in QUIET_MS
    // since then (10 s at most).
    const began = Date.now();
    lastScriptAt = began;
    while (Date.now() - lastScriptAt < QUIET_MS && Date.now() - began < 10_000) await page.waitForTimeout(250);
    await page.waitForLoadState("networkidle");
    const sizes = [...scripts].map((pathname) => {
      const file = path.join(nextDir, pathname.replace(/^\/_next\//, ""));
      return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
    });
    return { landed: new URL(page.url()).pathname, files: scripts.size, gzipBytes: sizes.reduce((sum, n) => sum + n, 0) };
  } finally {
    await context.close();
  }
}
