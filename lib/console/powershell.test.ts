// The one table of PowerShell (docs/decisions/037): only Microsoft's pages cited, values quoted so nothing typed
// breaks out of its string, and "none" where Microsoft documents no command.
import { describe, expect, it } from "vitest";
import { POWERSHELL, powershellFor, psString, type PowerShellAction } from "./powershell";

describe("powershellFor", () => {
  it("cites only learn.microsoft.com for every command", () => {
    for (const action of Object.keys(POWERSHELL) as PowerShellAction[]) {
      const entry = powershellFor(action);
      if (entry.kind === "commands") {
        expect(entry.docs.length).toBeGreaterThan(0);
        for (const d of entry.docs) expect(d.url).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\//);
      } else expect(entry.reason).toMatch(/documents no/);
    }
  });

  it("quotes what a person typed, so a quote in a name cannot end the string", () => {
    expect(psString("WKS-1")).toBe("'WKS-1'");
    expect(psString("o'neil$(rm)")).toBe("'o''neil$(rm)'");
    expect(psString("a\u2019b")).toBe("'a\u2019\u2019b'");
    const revoke = powershellFor("revoke", { issuedTo: "WKS-'x" });
    expect(revoke.kind === "commands" && revoke.lines[0]).toContain("Where-Object sIssuedToComputer -eq 'WKS-''x'");
  });

  it("builds Convert-License and the agreement install from the page's values, with placeholders for what is unknown", () => {
    const convert = powershellFor("convert", { keypackId: 3, count: 10 });
    expect(convert.kind === "commands" && convert.lines).toEqual(["Convert-License -KeyPackId 3 -Count 10"]);
    const unknown = powershellFor("convert", { keypackId: -1 });
    expect(unknown.kind === "commands" && unknown.lines[0]).toBe("Convert-License -KeyPackId <Keypack ID> -Count <number of RDS CALs>");
    const agreement = powershellFor("installAgreement", { licenseProgram: "SELECT_LICENSE", agreementNumber: "1000001", calType: "WS2019_PER_USER", count: 5 });
    expect(agreement.kind === "commands" && agreement.lines.join("\n")).toContain("AgreementType = 0; sAgreementNumber = '1000001'");
    expect(agreement.kind === "commands" && agreement.lines.join("\n")).toContain("ProductVersion = 6; ProductType = 1; LicenseCount = 5");
  });

  it("says there is no command for a rebuild", () => {
    expect(powershellFor("rebuild").kind).toBe("none");
  });
});

describe("the wizards' completing pages", () => {
  it("pick the command of the method used, with the values the run had", async () => {
    const { installPowerShell, lifecyclePowerShell } = await import("./powershell");
    expect(lifecyclePowerShell("ACTIVATE_SERVER", "AUTOMATIC", {})).toEqual({ action: "activateAutomatic" });
    expect(lifecyclePowerShell("ACTIVATE_SERVER", "WEB_BROWSER", { licenseServerId: "1".repeat(35) })).toEqual({ action: "activateManual", values: { licenseServerId: "1".repeat(35) } });
    expect(lifecyclePowerShell("REACTIVATE_SERVER", "AUTOMATIC", { reasonIndex: 2 })).toEqual({ action: "reactivateAutomatic", values: { reactivationReason: 2 } });
    expect(powershellFor(lifecyclePowerShell("DEACTIVATE_SERVER", "TELEPHONE", {}).action).kind).toBe("none");
    expect(installPowerShell({ connectionMethod: "WEB_BROWSER" }, { licenseKeyPackId: "ABC" })).toEqual({ action: "installKeyPackId", values: { licenseKeyPackId: "ABC" } });
    expect(installPowerShell({ connectionMethod: "AUTOMATIC", licenseProgram: "LICENSE_PACK", credentials: [{ licenseCode: "R2025USERCALINSTALLA00020" }] }, undefined)).toEqual({ action: "installRetail", values: { licenseCode: "R2025USERCALINSTALLA00020" } });
  });
});
