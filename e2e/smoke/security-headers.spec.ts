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
    });
  }
});
