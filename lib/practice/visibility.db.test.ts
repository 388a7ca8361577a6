// Visibility as data access (issue 28): a VisibleServer is had only for a server this browser may see, and
// every console action of the registry (lib/actions/registry.ts) refuses another browser's practice server,
// an expired one, or a made-up id, and leaves the server as it was.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { createLicenseServer } from "@/prisma/factories";
import { createPracticeServerFor, serverFootprint } from "@/prisma/practice-factories";

const request = vi.hoisted(() => ({ owner: null as string | null, db: null as unknown }));
// The request's cookies: every cookie read here is the practice owner's (owner-cookie.ts).
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (request.owner ? { value: request.owner } : undefined), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));
vi.mock("next/cache", () => ({ refresh: () => undefined }));
vi.mock("@/lib/db", () => ({ getDb: async () => request.db, getSql: async () => Promise.reject(new Error("no SQL runner in this test")) }));

const { findVisibleServer } = await import("./visibility");
const { loadActionModules } = await import("@/lib/actions/modules");
const { entryOf } = await import("@/lib/actions/registry");

const root = path.resolve(import.meta.dirname, "../..");

/** What a refused call ends in: its answer's form error, or where Next's redirect was sending it. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    const answer = (await call) as { formError?: string } | undefined;
    return answer?.formError ?? JSON.stringify(answer);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? String(error);
    return digest.startsWith("NEXT_REDIRECT") ? `redirect ${digest.split(";")[2]}` : digest;
  }
}

describe.each(TEST_DATABASES)("visible servers on $label", ({ open }) => {
  const database = databaseForSuite(open);
  beforeAll(() => {
    request.db = database.opened.db;
  });

  it("gives a shared server and the browser's own practice server, and nothing else", async () => {
    const { db } = database.opened;
    const shared = await createLicenseServer(db);
    const mine = await createPracticeServerFor(db);
    const theirs = await createPracticeServerFor(db);
    const expired = await createPracticeServerFor(db, { owner: mine.owner, hours: -1 });
    request.owner = mine.owner;
    expect(await findVisibleServer(shared.id)).toEqual({ id: shared.id, name: shared.name, practiceAccess: "ADMIN" });
    expect(await findVisibleServer(mine.id)).toEqual({ id: mine.id, name: mine.name, practiceAccess: "ADMIN" });
    expect(await findVisibleServer(mine.name, true)).toEqual({ id: mine.id, name: mine.name, practiceAccess: "ADMIN" });
    for (const forged of [theirs.id, expired.id, randomUUID(), "", "a\u0000b", "\uD800", "x".repeat(201), 12345, { id: mine.id }, [mine.id], null, undefined]) {
      expect(await findVisibleServer(forged), String(forged).slice(0, 30)).toBeNull();
    }
    expect(await findVisibleServer(theirs.name, true)).toBeNull();
    // Without the owner cookie, no practice server at all.
    request.owner = null;
    expect(await findVisibleServer(mine.id)).toBeNull();
    expect(await findVisibleServer(shared.id)).not.toBeNull();
  });

  it("has every console action of the registry refuse another browser's practice server and leave it as it was", async () => {
    const { db } = database.opened;
    const theirs = await createPracticeServerFor(db);
    const mine = await createPracticeServerFor(db);
    const before = await serverFootprint(db, theirs.id);
    request.owner = mine.owner;
    const modules = await loadActionModules(root);
    const consoleActions = [...modules.values()].flatMap((exports) => Object.values(exports).filter((value) => entryOf(value)?.guard === "visible-server"));
    expect(consoleActions.length).toBeGreaterThan(3);
    for (const endpoint of consoleActions) {
      const entry = entryOf(endpoint)!;
      const input = { connectionMethod: "AUTOMATIC", company: "Fabrikam", scope: "ALL_TRUSTED_DOMAINS", requestKey: randomUUID() };
      const bound = entry.bound.map(() => randomUUID());
      const args = entry.endpoint === "form" ? [theirs.id, ...bound, null, input] : [theirs.id, ...bound, input];
      expect(await outcome((endpoint as (...a: unknown[]) => Promise<unknown>)(...args)), entry.name).toMatch(/no longer exists|^redirect \/console$/);
    }
    expect(await serverFootprint(db, theirs.id)).toEqual(before);
  });
});
