// Every helpdesk page and route handler checks the session (and role) first. The e2e route crawl proves it
// for today's routes; this test keeps a new one from forgetting. The server actions declare their guard to
// the action client instead, and lib/actions/registry.test.ts checks it over the registry.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const PUBLIC_PAGES = new Set(["sign-in/page.tsx"]);

function files(dir: string, name: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full, name);
    return name.test(entry) ? [full] : [];
  });
}

/** The body of each exported async function (from the brace that ends its signature line). */
function exportedFunctions(source: string): [string, string][] {
  const parts = source.split(/export (?:default )?async function /).slice(1);
  return parts.map((part) => [part.slice(0, part.indexOf("(")), part.slice(part.indexOf("{\n"))]);
}

/** The first statement that is not `await connection();`. */
function firstStatement(body: string): string {
  const statements = body.slice(1).split(";").map((s) => s.trim());
  return statements.find((s) => s !== "await connection()") ?? "";
}

describe("helpdesk guards", () => {
  it("every helpdesk page and route handler checks the session before anything else", () => {
    const dir = path.join(root, "app/(clearinghouse)/helpdesk");
    const entries = files(dir, /^(page\.tsx|route\.ts)$/).filter((f) => !PUBLIC_PAGES.has(path.relative(dir, f)));
    expect(entries.length).toBeGreaterThan(10);
    for (const file of entries) {
      const [, body] = exportedFunctions(readFileSync(file, "utf8")).find(([name]) => name !== "generateMetadata") ?? ["", ""];
      expect(firstStatement(body), path.relative(root, file)).toMatch(/await (require(SignedIn|Staff|Supervisor|Trainer)\(.*\)|guardRoute\("(STAFF|SUPERVISOR|TRAINER)"\))$/);
    }
  });
});
