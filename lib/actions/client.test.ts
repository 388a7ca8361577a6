// The action client's checks, without a database: the guard runs first and its refusal stops the action,
// bound arguments and the input are parsed before the handler, a refusal has the forms' one shape, and a
// declared limit is counted (and an undeclared one cannot be).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/db", () => ({ getDb: async () => ({}) }));
const visible = vi.hoisted(() => ({ servers: new Map<string, { id: string; name: string }>() }));
vi.mock("@/lib/practice/visibility", () => ({ findVisibleServer: async (id: unknown) => (typeof id === "string" ? (visible.servers.get(id) ?? null) : null) }));
const session = vi.hoisted(() => ({ role: null as null | "AGENT" | "SUPERVISOR" }));
vi.mock("@/lib/auth/guards", () => ({
  requireStaff: async () => {
    if (!session.role) throw new Error("NEXT_REDIRECT /helpdesk/sign-in");
    return { sessionId: "s", staff: { id: "u", role: session.role } };
  },
  requireSupervisor: async () => {
    if (!session.role) throw new Error("NEXT_REDIRECT /helpdesk/sign-in");
    if (session.role !== "SUPERVISOR") throw new Error("NEXT_REDIRECT /helpdesk/forbidden");
    return { sessionId: "s", staff: { id: "u", role: session.role } };
  },
}));
const limits = vi.hoisted(() => ({ over: new Set<string>(), counted: [] as string[] }));
vi.mock("@/lib/clearinghouse/public-limits", () => ({
  checkPublicLimit: async (_db: unknown, limit: string, address: string) => {
    limits.counted.push(`${limit}:${address}`);
    return limits.over.has(limit) ? { message: `Too many ${limit}. Try again in 10 minutes.`, retryAt: new Date() } : null;
  },
}));

const { formAction, plainAction } = await import("./client");
const { publicAccess, staff, supervisor, visibleServer, NO_SERVER } = await import("./guards");
const { entryOf, listActions } = await import("./registry");

const nameSchema = z.object({ name: z.string().min(1, "Enter a name").max(5, "At most 5 characters"), password: z.string() });

function posted(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}

beforeEach(() => {
  visible.servers.clear();
  session.role = null;
  limits.over.clear();
  limits.counted = [];
});

describe("the action client", () => {
  it("answers a refused input in the forms' shape: field errors by path, the summary's message, what was typed (no password)", async () => {
    const handler = vi.fn(async () => undefined);
    const save = formAction({ name: "testSaveName", guard: publicAccess, schema: nameSchema, invalid: "The name was not saved." }, handler);
    const state = await save(null, posted({ name: "toolong", password: "secret" }));
    expect(state).toEqual({ ok: false, fieldErrors: { name: ["At most 5 characters"] }, formError: "The name was not saved.", values: { name: "toolong" } });
    expect(handler).not.toHaveBeenCalled();
    // A script's plain object parses the same way; anything else is refused, never thrown.
    expect(await save(null, { name: "" })).toMatchObject({ ok: false, fieldErrors: { name: ["Enter a name"] } });
    expect(await save(null, "junk")).toMatchObject({ ok: false, fieldErrors: { _form: [expect.any(String)] } });
  });

  it("gives the handler the parsed input and answers what it answers", async () => {
    const save = formAction({ name: "testEcho", guard: publicAccess, schema: nameSchema }, async ({ input }) => ({ ok: true as const, data: input.name.toUpperCase() }));
    expect(await save(null, posted({ name: "abc", password: "" }))).toEqual({ ok: true, data: "ABC" });
  });

  it("refuses a server this browser may not see before parsing or running anything, and hands the handler the visible server", async () => {
    const handler = vi.fn(async ({ ctx }: { ctx: { server: { id: string } } }) => ({ ok: true as const, data: ctx.server.id }));
    const save = formAction({ name: "testServerSave", guard: visibleServer(), schema: nameSchema }, handler);
    for (const forged of ["another-browsers-practice-server", "", { id: "x" }, "\u0000"]) {
      expect(await save(forged as string, null, posted({ name: "ok", password: "" }))).toMatchObject({ ok: false, formError: NO_SERVER, fieldErrors: {} });
    }
    expect(handler).not.toHaveBeenCalled();
    visible.servers.set("mine", { id: "mine", name: "LS-1" });
    expect(await save("mine", null, posted({ name: "ok", password: "" }))).toEqual({ ok: true, data: "mine" });
  });

  it("stops at the helpdesk guards: no session goes to sign-in, an agent cannot do a supervisor's action", async () => {
    const handler = vi.fn(async () => ({ ok: true as const, data: undefined }));
    const agentAction = formAction({ name: "testStaffOnly", guard: staff }, handler);
    const supervisorAction = formAction({ name: "testSupervisorOnly", guard: supervisor }, handler);
    await expect(agentAction(null, posted({}))).rejects.toThrow("/helpdesk/sign-in");
    session.role = "AGENT";
    await expect(supervisorAction(null, posted({}))).rejects.toThrow("/helpdesk/forbidden");
    expect(handler).not.toHaveBeenCalled();
    await agentAction(null, posted({}));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("parses the bound arguments: a client's value in place of the page's is refused", async () => {
    const handler = vi.fn(async () => undefined);
    const step = plainAction({ name: "testBound", guard: publicAccess, bound: [z.boolean()] }, handler);
    expect(await step("yes" as unknown as boolean)).toEqual({ ok: false, fieldErrors: {}, formError: "This page is out of date. Reload it and try again." });
    expect(handler).not.toHaveBeenCalled();
    await step(true);
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ bound: [true] }));
  });

  it("counts a declared limit against the request's address after the input parsed, and refuses past it", async () => {
    const handler = vi.fn(async () => ({ ok: true as const, data: undefined }));
    const lookup = formAction({ name: "testLimited", guard: publicAccess, schema: nameSchema, limit: "status-lookup" }, handler);
    await lookup(null, posted({ name: "" }));
    expect(limits.counted).toEqual([]);
    await lookup(null, posted({ name: "abc", password: "" }));
    expect(limits.counted).toEqual(["status-lookup:203.0.113.7"]);
    limits.over.add("status-lookup");
    expect(await lookup(null, posted({ name: "abc", password: "" }))).toMatchObject({ ok: false, formError: "Too many status-lookup. Try again in 10 minutes." });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("lets a handler count only the limits its action declares", async () => {
    const start = plainAction({ name: "testHandlerLimit", guard: publicAccess, limits: ["new-draft"] }, async ({ overLimit }) => {
      const limited = await overLimit("new-draft");
      return limited ? "limited" : "started";
    });
    expect(await start()).toBe("started");
    limits.over.add("new-draft");
    expect(await start()).toBe("limited");
    const sneaky = plainAction({ name: "testUndeclared", guard: publicAccess, limits: ["new-draft"] }, async ({ overLimit }) => overLimit("status-lookup" as "new-draft"));
    await expect(sneaky()).rejects.toThrow("undeclared limit");
  });

  it("registers each action with its guard, schema and limits, and marks its endpoint", () => {
    const save = formAction({ name: "testRegistered", guard: visibleServer(), schema: nameSchema, limits: ["new-draft"] }, async () => undefined);
    expect(entryOf(save)).toMatchObject({ name: "testRegistered", exportName: "testRegisteredForm", endpoint: "form", guard: "visible-server", schema: nameSchema, limits: ["new-draft"] });
    expect(listActions().map((a) => a.exportName)).toContain("testRegisteredForm");
    expect(entryOf(async () => undefined)).toBeUndefined();
  });
});
