// Every server action of the build is an action of the client (lib/actions/client.ts): the build's
// server-reference-manifest.json against the client's registry (lib/actions/registry.ts, listed by
// scripts/list-actions.ts). registry-actions.spec.ts posts each registered action with hostile arguments
// as its guard says; the specs beside it post each area's actions with values built from their schemas.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";
import { registeredActions } from "./support/action-registry";

test("every server action of the build is an action of the client's registry", () => {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  const built = [...new Set(Object.values(manifest.node).map((entry) => entry.exportedName ?? "?"))].sort();
  const registered = registeredActions();
  const exported = new Set(registered.map((a) => a.exportName));
  expect(built.filter((name) => !exported.has(name)), "server actions outside lib/actions/client.ts").toEqual([]);
  expect(registered.length).toBeGreaterThan(25);
});
