// Visibility as data access (issue 28): a VisibleServer is had only for a server this browser may see, and
// every console action of the registry (lib/actions/registry.ts) refuses another browser's practice server,
// an expired one, or a made-up id, and leaves the server as it was.
import { randomUUID } from "node:crypto";
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
const { callEveryConsoleAction } = await import("@/lib/actions/console-action-calls");

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
    const answers = await callEveryConsoleAction(theirs.id);
    expect(answers.length).toBeGreaterThan(3);
    for (const [name, answer] of answers) expect(answer, name).toMatch(/no longer exists|^redirect \/console$/);
    expect(await serverFootprint(db, theirs.id)).toEqual(before);
  });
});
