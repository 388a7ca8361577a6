import { describe, expect, it } from "vitest";
import { procedureShortcut, RECOVERY_KIT_SHORTCUT } from "./shortcuts";

describe("the recovery kit's shortcut in the Procedure panel", () => {
  it("stands beside steps 9 to 19 of the rebuild by Web browser only", () => {
    expect([8, 9, 18, 19, 20].map((n) => procedureShortcut("rebuild-web", n))).toEqual([null, RECOVERY_KIT_SHORTCUT, RECOVERY_KIT_SHORTCUT, RECOVERY_KIT_SHORTCUT, null]);
    expect(procedureShortcut("rebuild-telephone", 9)).toBeNull();
    expect(procedureShortcut("install-web", 9)).toBeNull();
  });
});
