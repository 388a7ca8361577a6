import { describe, expect, it } from "vitest";
import { serverReadiness, wizardBlocker } from "./wizard-rules";

describe("wizardBlocker", () => {
  it("lets an activated Web Browser server through", () => {
    expect(wizardBlocker({ activated: true, connectionMethod: "WEB_BROWSER" })).toBeNull();
  });

  it("stops a server that is not activated, whatever its connection method", () => {
    expect(wizardBlocker({ activated: false, connectionMethod: "WEB_BROWSER" })?.kind).toBe("not-activated");
  });

  it("names the current connection method and where to change it", () => {
    const blocker = wizardBlocker({ activated: true, connectionMethod: "TELEPHONE" });
    expect(blocker?.kind).toBe("connection-method");
    expect(blocker?.message).toContain("Telephone");
    expect(blocker?.message).toContain("Properties");
  });
});

describe("serverReadiness", () => {
  it("is ready when activated with key packs and no rebuild pending", () => {
    expect(serverReadiness({ activated: true, keyPacks: 2, rebuildPending: false })).toEqual({ ready: true, problems: [] });
  });

  it("names each problem", () => {
    expect(serverReadiness({ activated: false, keyPacks: 0, rebuildPending: false }).problems).toHaveLength(1);
    expect(serverReadiness({ activated: true, keyPacks: 0, rebuildPending: false }).problems[0]).toMatch(/No RDS CALs/);
    expect(serverReadiness({ activated: true, keyPacks: 0, rebuildPending: true }).problems[0]).toMatch(/rebuild/);
  });
});
