// Every server action is one of the action client's (lib/actions/client.ts): each export of a "use server"
// module is an endpoint the client made and registered under that name, with a declared guard. Replaces
// the regex over the helpdesk's sources that checked "starts with requireStaff()" (issue 28).
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { actionModules, loadActionModules } = await import("./modules");
const { entryOf, listActions } = await import("./registry");

const root = path.resolve(import.meta.dirname, "../..");

const modules = await loadActionModules(root);

describe("the registry of server actions", () => {
  it("finds the server action modules", () => {
    expect(actionModules(root).length).toBeGreaterThan(10);
    expect(actionModules(root)).toContain("lib/helpdesk/actions/staff.ts");
  });

  it("has every export of a \"use server\" module made by the action client, under the name it registered", () => {
    const bare: string[] = [];
    for (const [file, exports] of modules) {
      for (const [name, value] of Object.entries(exports)) {
        const entry = entryOf(value);
        if (!entry) bare.push(`${file}: ${name}`);
        else expect(entry.exportName, `${file}: ${name}`).toBe(name);
      }
    }
    expect(bare, "exports of \"use server\" modules that are not actions of lib/actions/client.ts").toEqual([]);
  });

  it("names each action once, and exports each registered action", () => {
    const exported = new Set([...modules.values()].flatMap((exports) => Object.entries(exports).filter(([, v]) => entryOf(v)).map(([name]) => name)));
    const registered = listActions().map((a) => a.exportName);
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered.filter((name) => !exported.has(name))).toEqual([]);
    expect(registered.length).toBeGreaterThan(25);
  });

  it("guards every helpdesk action by a session but sign-in, and every console action by the visible server", () => {
    // View → Connect names no server yet: it searches the servers this browser may see by name (docs/decisions/037).
    const searches = new Set(["connectToServer"]);
    for (const [file, exports] of modules) {
      for (const value of Object.values(exports)) {
        const entry = entryOf(value);
        if (!entry) continue;
        if (file.startsWith("lib/helpdesk/")) expect(entry.name === "signIn" ? "public" : ["staff", "supervisor"], entry.name).toContain(entry.guard);
        if (file.startsWith("lib/console/")) expect(entry.guard, entry.name).toBe(searches.has(entry.name) ? "public" : "visible-server");
      }
    }
    expect(listActions().find((a) => a.name === "importEntitlements")?.guard).toBe("supervisor");
    expect(listActions().find((a) => a.name === "resetPractice")?.guard).toBe("visible-server");
    // The classroom (docs/decisions/036-classroom.md): the trainer's actions need a trainer, joining counts a limit.
    for (const name of ["createPracticeClass", "actOnTraineeServer"]) expect(listActions().find((a) => a.name === name)?.guard, name).toBe("trainer");
    expect(listActions().find((a) => a.name === "joinPracticeClass")).toMatchObject({ guard: "public", limits: ["class-join"] });
    expect(listActions().find((a) => a.name === "openHint")?.guard).toBe("public");
    // A trainee's browser-caught mistakes: public (no account), under a per-address limit.
    expect(listActions().find((a) => a.name === "reportBrowserMistakes")).toMatchObject({ guard: "public", limits: ["practice-mistakes"] });
  });
});
