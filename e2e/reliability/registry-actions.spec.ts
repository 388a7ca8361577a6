// Every action of the client's registry (lib/actions/registry.ts) posted with hostile arguments, the way its
// declared guard says it must refuse them: a helpdesk action without a session goes to sign-in (an agent's
// post of a supervisor's or a trainer's to "not allowed"), a console action for another browser's practice server is
// refused and leaves that server as it was, and nothing answers a 500. A new action is posted here by being
// registered.
import { expect, test } from "../fixtures";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-token";
import { PRACTICE_COOKIE } from "@/lib/practice/cookie-name";
import { createStaffSession } from "@/prisma/helpdesk-factories";
import { createPracticeServerFor, serverFootprint } from "@/prisma/practice-factories";
import { newStaff } from "../helpdesk/support";
import { registeredActions, type ListedAction } from "./support/action-registry";
import { expectHandled, postAction } from "./support/server-actions";
import { EDGE_VALUES } from "./support/hostile";

/** The arguments of one post: the guard's (a server id), the bound ones, then the input (after the previous state, for a form). */
function argsFor(entry: ListedAction, serverId: unknown, value: unknown): unknown[] {
  return [...(entry.guard === "visible-server" ? [serverId] : []), ...Array.from({ length: entry.bound }, () => value), ...(entry.endpoint === "form" ? [null, value] : [value])];
}

const HOSTILE: unknown[] = [
  undefined,
  ...EDGE_VALUES.filter((v) => typeof v !== "string" || v.length < 1000),
  "x".repeat(5_000),
  JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": {"prototype": 1}}`) as unknown,
];

test.describe("every action of the registry, posted with hostile arguments", () => {
  test.describe.configure({ timeout: 180_000 });

  test("helpdesk actions: none without a session, none of a supervisor's or a trainer's by an agent", async ({ request, db }) => {
    const agent = await newStaff(db, "AGENT");
    const agentCookie = `${SESSION_COOKIE_NAME}=${await createStaffSession(db, agent.id)}`;
    const guarded = registeredActions().filter((a) => a.guard === "staff" || a.guard === "supervisor" || a.guard === "trainer");
    expect(guarded.length).toBeGreaterThan(10);
    for (const entry of guarded) {
      for (const value of HOSTILE) {
        const anonymous = await postAction(request, "/helpdesk/requests", entry.exportName, argsFor(entry, null, value));
        expectHandled(anonymous, `${entry.name} without a session`);
        expect(anonymous.redirect, `${entry.name} without a session`).toMatch(/^\/helpdesk\/sign-in/);
      }
      if (entry.guard === "supervisor" || entry.guard === "trainer") {
        const byAgent = await postAction(request, "/helpdesk/requests", entry.exportName, argsFor(entry, null, {}), agentCookie);
        // A server action's redirect header carries its type after the path ("/helpdesk/forbidden;push").
        expect(byAgent.redirect?.replace(/;(push|replace)$/, ""), `${entry.name} by an agent`).toBe("/helpdesk/forbidden");
      }
    }
  });

  test("console actions: another browser's practice server is refused and left as it was", async ({ request, db }) => {
    // One after the other: each is one transaction of many rows, which a loaded machine may take seconds for.
    const ana = await createPracticeServerFor(db);
    const ben = await createPracticeServerFor(db);
    const before = await serverFootprint(db, ana.id);
    const benCookie = `${PRACTICE_COOKIE}=${ben.owner}`;
    const guarded = registeredActions().filter((a) => a.guard === "visible-server");
    expect(guarded.length).toBeGreaterThan(3);
    const calls: [unknown, string | undefined][] = [[ana.id, benCookie], [ana.id, undefined], ...HOSTILE.map((v): [unknown, string] => [v, benCookie])];
    for (const entry of guarded) {
      for (const [serverId, cookie] of calls) {
        for (const value of [{}, HOSTILE[3]]) {
          const answer = await postAction(request, "/console", entry.exportName, argsFor(entry, serverId, value), cookie);
          expectHandled(answer, `${entry.name} for ${String(serverId).slice(0, 40)}`);
          // Refused in the answer, or sent to the console's list: never on to a page of the server.
          if (answer.redirect) expect(answer.redirect.replace(/;(push|replace)$/, ""), entry.name).toBe("/console");
          else expect(answer.body, entry.name).toMatch(/no longer exists/);
        }
      }
    }
    expect(await serverFootprint(db, ana.id)).toEqual(before);
  });

  test("public actions: no hostile argument gives a 500", async ({ request }) => {
    const open = registeredActions().filter((a) => a.guard === "public");
    expect(open.length).toBeGreaterThan(8);
    for (const entry of open) {
      for (const value of HOSTILE) expectHandled(await postAction(request, "/licensing", entry.exportName, argsFor(entry, null, value)), entry.name);
    }
  });
});
