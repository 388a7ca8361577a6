// The classroom's not-an-administrator and failed-server scenarios as the action client sees them (issue 31):
// every console action of the registry (lib/actions/registry.ts) is refused on such a practice server by the
// one server guard, and leaves it as it was; reads still work; View → Connect as the server's administrator
// makes it changeable, another account does not; the practice server's own Reset works whatever the account.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_DATABASES } from "@/prisma/test-databases";
import { databaseForSuite } from "@/prisma/test-database-suite";
import { createPracticeServerFor, serverFootprint } from "@/prisma/practice-factories";
import { PRACTICE_ACCOUNTS } from "./plan";

const request = vi.hoisted(() => ({ owner: null as string | null, db: null as unknown }));
// The request's cookies: every cookie read here is the practice owner's (owner-cookie.ts).
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (request.owner ? { value: request.owner } : undefined), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.10" }),
}));
vi.mock("next/cache", () => ({ refresh: () => undefined }));
vi.mock("@/lib/db", () => ({ getDb: async () => request.db, getSql: async () => Promise.reject(new Error("no SQL runner in this test")) }));

const { findVisibleServer } = await import("./visibility");
const { callEveryConsoleAction, callOutcome: outcome } = await import("@/lib/actions/console-action-calls");
const { connectToServerForm } = await import("@/lib/console/connect-actions");
const { listLicenseServers } = await import("@/lib/console/queries");
const { resetPracticeForm } = await import("./actions");

describe.each(TEST_DATABASES)("a practice server the console may not change, on $label", ({ open }) => {
  const database = databaseForSuite(open);
  beforeAll(() => {
    request.db = database.opened.db;
  });

  it("not an administrator: every change refused, reads fine, until Connect as the administrator", async () => {
    const { db } = database.opened;
    const server = await createPracticeServerFor(db, { start: { notAdministrator: true } });
    request.owner = server.owner;
    const before = await serverFootprint(db, server.id);
    const answers = await callEveryConsoleAction(server.id, ["resetPractice"]);
    expect(answers.filter(([, answer]) => answer.startsWith("Access is denied")).length).toBeGreaterThan(answers.length / 2);
    for (const [name, answer] of answers) {
      if (answer !== "(no answer)") expect(answer, name).toContain(`Access is denied. ${PRACTICE_ACCOUNTS.trainee} is not a member of the local Administrators group on ${server.name}`);
    }
    expect(await serverFootprint(db, server.id)).toEqual(before);
    // Reads: the server is visible, in the tree, with its packs.
    expect(await findVisibleServer(server.id)).toMatchObject({ id: server.id, practiceAccess: "NOT_ADMIN" });
    expect((await listLicenseServers()).map((s) => s.id)).toContain(server.id);

    // Connect: with no account, or another one that is not an administrator, nothing changes.
    expect(await outcome(connectToServerForm(null, { serverName: server.name }))).toMatch(/^redirect \/console/);
    expect(await outcome(connectToServerForm(null, { serverName: server.name, account: "CONTOSO\\trainee" }))).toContain("Access is denied. CONTOSO\\trainee is not a member");
    expect(await outcome(connectToServerForm(null, { serverName: server.name, account: "not an account" }))).toContain("DOMAIN\\user name");
    expect((await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).practiceAccess).toBe("NOT_ADMIN");
    // As the administrator (any case): the changes are the console's again.
    expect(await outcome(connectToServerForm(null, { serverName: server.name.toLowerCase(), account: "contoso\\LSADMIN" }))).toMatch(/^redirect \/console/);
    expect((await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).practiceAccess).toBe("ADMIN");
    for (const [name, answer] of await callEveryConsoleAction(server.id, ["resetPractice"])) expect(answer, name).not.toContain("Access is denied");
  });

  it("another browser cannot Connect as the administrator of a server it does not see", async () => {
    const { db } = database.opened;
    const server = await createPracticeServerFor(db, { start: { notAdministrator: true } });
    request.owner = randomUUID();
    expect(await outcome(connectToServerForm(null, { serverName: server.name, account: PRACTICE_ACCOUNTS.administrator }))).toContain("is not available");
    expect((await db.licenseServer.findUniqueOrThrow({ where: { id: server.id } })).practiceAccess).toBe("NOT_ADMIN");
  });

  it("the practice server's own Reset works whatever the console's account", async () => {
    const { db } = database.opened;
    const server = await createPracticeServerFor(db, { start: { notAdministrator: true } });
    request.owner = server.owner;
    expect(await outcome(resetPracticeForm(server.id, null, {}))).toMatch(/^redirect \/console.*reset=1/);
  });

  it("a failed server: every change refused as not available, and Connect cannot reach it by name", async () => {
    const { db } = database.opened;
    const target = await createPracticeServerFor(db, { start: { packs: false, failedSource: true } });
    const source = await db.licenseServer.findFirstOrThrow({ where: { practiceSourceFor: target.id } });
    request.owner = target.owner;
    const before = await serverFootprint(db, source.id);
    for (const [name, answer] of await callEveryConsoleAction(source.id, ["resetPractice"])) if (answer !== "(no answer)") expect(answer, name).toContain(`The license server ${source.name} is not available`);
    expect(await serverFootprint(db, source.id)).toEqual(before);
    expect(await outcome(connectToServerForm(null, { serverName: source.name }))).toContain(`The license server ${source.name} is not available`);
    // The new server is the console's to change.
    expect(await outcome(connectToServerForm(null, { serverName: target.name }))).toMatch(/^redirect \/console/);
  });
});
