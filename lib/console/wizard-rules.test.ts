import { describe, expect, it } from "vitest";
import { lifecycleBlocker, serverReadiness, wizardBlocker } from "./wizard-rules";

describe("wizardBlocker", () => {
  it("lets an activated Web Browser server through", () => {
    expect(wizardBlocker({ name: "LS-01", activated: true, connectionMethod: "WEB_BROWSER" })).toBeNull();
  });

  it("stops a server that is not activated, whatever its connection method", () => {
    expect(wizardBlocker({ name: "LS-01", activated: false, connectionMethod: "WEB_BROWSER" })?.kind).toBe("not-activated");
  });

  it("names the current connection method and where to change it", () => {
    const blocker = wizardBlocker({ name: "LS-01", activated: true, connectionMethod: "AUTOMATIC" });
    expect(blocker?.kind).toBe("connection-method");
    expect(blocker?.message).toContain("Telephone");
    expect(blocker?.message).toContain("Properties");
  });

  it("Automatic blocks the rebuild and the migration, not Convert RDS CALs nor Welcome (no action chosen yet)", () => {
    const automatic = { name: "LS-01", activated: true, connectionMethod: "AUTOMATIC" } as const;
    expect(wizardBlocker(automatic, null, "MIGRATE")?.message).toContain("To migrate RDS CALs");
    expect(wizardBlocker(automatic, null, "CONVERT")).toBeNull();
    expect(wizardBlocker(automatic, null, null)).toBeNull();
    expect(wizardBlocker({ ...automatic, activated: false }, null, null)?.kind).toBe("not-activated");
  });
});

describe("serverReadiness", () => {
  it("is ready when activated with key packs and no rebuild pending", () => {
    expect(serverReadiness({ activated: true, keyPacks: 2, rebuildPending: false })).toEqual({ ready: true, problems: [], items: [] });
  });

  it("names each problem", () => {
    expect(serverReadiness({ activated: false, keyPacks: 0, rebuildPending: false }).problems).toHaveLength(1);
    expect(serverReadiness({ activated: true, keyPacks: 0, rebuildPending: false }).problems[0]).toMatch(/No RDS CALs/);
    expect(serverReadiness({ activated: true, keyPacks: 0, rebuildPending: true }).problems[0]).toMatch(/rebuild/);
  });
});

describe("another wizard open on the server", () => {
  it("blocks Manage RDS CALs first, naming the open wizard", () => {
    const blocker = wizardBlocker({ name: "LS-NEW-01", activated: false, connectionMethod: "AUTOMATIC" }, "ACTIVATE_SERVER");
    expect(blocker).toEqual({ kind: "other-wizard", message: expect.stringContaining("The Activate Server Wizard is open on license server LS-NEW-01") });
  });
});

describe("serverReadiness fixes", () => {
  it("links each problem to the command that fixes it", () => {
    expect(serverReadiness({ activated: false, keyPacks: 0, rebuildPending: false }).items.map((i) => i.fix)).toEqual(["ACTIVATE_SERVER"]);
    expect(serverReadiness({ activated: true, keyPacks: 0, rebuildPending: false }).items.map((i) => i.fix)).toEqual(["INSTALL_LICENSES"]);
    expect(serverReadiness({ activated: true, keyPacks: 0, rebuildPending: true }).items.map((i) => i.fix)).toEqual(["MANAGE_CALS"]);
  });
});

describe("lifecycleBlocker", () => {
  const server = (activated: boolean) => ({ name: "LS-01", activated });
  it("lets Activate Server run only on a server that is not activated, and the others only on an activated one", () => {
    expect(lifecycleBlocker("ACTIVATE_SERVER", server(false))).toBeNull();
    expect(lifecycleBlocker("ACTIVATE_SERVER", server(true))?.kind).toBe("already-activated");
    expect(lifecycleBlocker("REACTIVATE_SERVER", server(true))).toBeNull();
    expect(lifecycleBlocker("DEACTIVATE_SERVER", server(false))?.kind).toBe("not-activated");
  });
  it("names another open wizard first", () => {
    expect(lifecycleBlocker("ACTIVATE_SERVER", server(false), "MANAGE_CALS")?.message).toMatch(/Manage RDS CALs Wizard is open/);
  });
});
