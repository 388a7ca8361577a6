import { describe, expect, it } from "vitest";
import { calsConvertedMessage, calsDeletedMessage, keyPackInstalledMessage, propertiesChangedMessage, REBUILT_MESSAGE } from "./events";

describe("event messages", () => {
  it("keeps Microsoft's wording for event 88", () => {
    expect(REBUILT_MESSAGE).toBe("The RD Licensing database has been successfully rebuilt.");
  });

  it("counts what was deleted and installed", () => {
    expect(calsDeletedMessage(1, 1250)).toBe("The contents of the RD Licensing database were deleted: 1 key pack and 1,250 issued RDS CALs.");
    expect(keyPackInstalledMessage({ calType: "WS2019_PER_DEVICE", licenseProgram: "SELECT_LICENSE", totalLicenses: 1, keypackId: 7 })).toBe(
      "A license key pack was installed: Windows Server 2019 - RDS Per Device CAL, Select License, 1 license (Keypack ID 7).",
    );
  });

  it("logs a Properties change only when something changed", () => {
    expect(propertiesChangedMessage("WEB_BROWSER", "WEB_BROWSER", false)).toBeNull();
    expect(propertiesChangedMessage("AUTOMATIC", "TELEPHONE", true)).toBe(
      "The connection method was changed from Automatic connection (recommended) to Telephone. The company information was updated.",
    );
  });

  it("says what a conversion changed (event 131)", () => {
    expect(calsConvertedMessage(20, "WS2022_PER_USER", 1, 30, "WS2022_PER_DEVICE", 3)).toBe(
      "20 Windows Server 2022 - RDS Per User CAL licenses of key pack 1 were converted to Windows Server 2022 - RDS Per Device CAL (Keypack ID 3); key pack 1 keeps 30 licenses.",
    );
    expect(calsConvertedMessage(1, "WS2019_PER_DEVICE", 2, 0, "WS2019_PER_USER", 4)).toBe(
      "1 Windows Server 2019 - RDS Per Device CAL license of key pack 2 was converted to Windows Server 2019 - RDS Per User CAL (Keypack ID 4); key pack 2 had none left and was removed.",
    );
  });
});
