// Security headers on every page route and route handler of the build (.next/app-path-routes-manifest.json),
// dynamic segments filled with a made-up value (a 404 or a redirect must carry them too).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

function buildRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const routes = new Set(Object.values(manifest).map((route) => route.replace(/\[[^\]]+\]/g, "no-such-thing")));
  // Wizard steps are a dynamic segment too: a real step name reaches the page rather than a 404.
  routes.add("/console/servers/no-such-thing/manage-cals/welcome");
  return [...routes].filter((route) => !route.startsWith("/_")).sort();
}

test.describe("security headers @smoke", () => {
  for (const route of buildRoutes()) {
    test(`on ${route}`, async ({ request }) => {
      const response = await request.get(route, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-powered-by"]).toBeUndefined();
      expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
      expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Over http, no HSTS (browsers ignore it there, and a local run must stay reachable).
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  test("a fresh nonce per request, on every script of the page; HSTS when the trusted proxy says https", async ({ request }) => {
    const [first, second] = await Promise.all([request.get("/"), request.get("/")]);
    const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    const nonce = nonceOf(first.headers()["content-security-policy"]);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    // e2e runs with TRUST_PROXY=1 (scripts/e2e.ts): the test is the proxy that terminated TLS.
    const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("scripts run under the policy: a page hydrates with no CSP violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/licensing");
    await page.getByRole("radio", { name: "Manage CALs" }).check();
    await expect(page.getByRole("radio", { name: "Manage CALs" })).toBeChecked();
    expect(violations).toEqual([]);
  });
});
