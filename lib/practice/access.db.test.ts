// The classroom's not-an-administrator and failed-server scenarios as the action client sees them (issue 31):
// every console action of the registry (lib/actions/registry.ts) is refused on such a practice server by the
// one server guard, and leaves it as it was; reads still work; View → Connect as the server's administrator
// makes it changeable, another account does not; the practice server's own Reset works whatever the account.
import path from "node:path";
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
const { loadActionModules } = await import("@/lib/actions/modules");
const { entryOf } = await import("@/lib/actions/registry");
const { connectToServerForm } = await import("@/lib/console/connect-actions");
const { listLicenseServers } = await import("@/lib/console/queries");
const { resetPracticeForm } = await import("./actions");

const root = path.resolve(import.meta.dirname, "../..");

/** What a call ends in: its answer's form error (and field errors), or where Next's redirect was sending it. */
async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    const answer = (await call) as { formError?: string; fieldErrors?: Record<string, string[]> } | undefined;
    // A Cancel answers nothing to a refusal (plainAction's `refusal`): the footprint shows it changed nothing.
    if (answer === undefined) return "(no answer)";
    return [answer.formError, ...Object.values(answer.fieldErrors ?? {}).flat()].filter(Boolean).join(" | ") || JSON.stringify(answer);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? String(error);
    return digest.startsWith("NEXT_REDIRECT") ? `redirect ${decodeURIComponent(digest.split(";")[2] ?? "")}` : digest;
  }
}

/** Calls every console action of the registry on `serverId` (the practice server's own Reset aside), each with a plausible input. */
async function callEveryConsoleAction(serverId: string) {
  const modules = await loadActionModules(root);
  const actions = [...modules.values()].flatMap((exports) => Object.values(exports).filter((value) => entryOf(value)?.guard === "visible-server" && entryOf(value)?.name !== "resetPractice"));
  expect(actions.length).toBeGreaterThan(3);
  const answers: [string, string][] = [];
  for (const endpoint of actions) {
    const entry = entryOf(endpoint)!;
    const input = { connectionMethod: "WEB_BROWSER", company: "Fabrikam", scope: "ALL_TRUSTED_DOMAINS", requestKey: randomUUID() };
    const bound = entry.bound.map(() => randomUUID());
    const args = entry.endpoint === "form" ? [serverId, ...bound, null, input] : [serverId, ...bound, input];
    answers.push([entry.name, await outcome((endpoint as (...a: unknown[]) => Promise<unknown>)(...args))]);
  }
  return answers;
}

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
    const answers = await callEveryConsoleAction(server.id);
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
    for (const [name, answer] of await callEveryConsoleAction(server.id)) expect(answer, name).not.toContain("Access is denied");
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
    for (const [name, answer] of await callEveryConsoleAction(source.id)) if (answer !== "(no answer)") expect(answer, name).toContain(`The license server ${source.name} is not available`);
    expect(await serverFootprint(db, source.id)).toEqual(before);
    expect(await outcome(connectToServerForm(null, { serverName: source.name }))).toContain(`The license server ${source.name} is not available`);
    // The new server is the console's to change.
    expect(await outcome(connectToServerForm(null, { serverName: target.name }))).toMatch(/^redirect \/console/);
  });
});
