import { describe, expect, it } from "vitest";
import countries from "i18n-iso-countries";
import { clearinghousePhone, INTERNATIONAL_LINE, isFictionalNumber } from "./clearinghouse-phone";

describe("the Clearinghouse's telephone number", () => {
  it("is fictional for every country or region", () => {
    for (const code of Object.keys(countries.getAlpha2Codes())) expect(isFictionalNumber(clearinghousePhone(code).number), code).toBe(true);
  });

  it("has a line of its own where a fictional range exists, else the international line", () => {
    expect(clearinghousePhone("US")).toEqual({ number: "+1 555-0142", note: null });
    expect(clearinghousePhone("gb").number).toBe("+44 1632 960142");
    expect(clearinghousePhone("AU").number).toBe("+61 2 5550 0142");
    expect(clearinghousePhone("FR")).toEqual(INTERNATIONAL_LINE);
    expect(clearinghousePhone(null)).toEqual(INTERNATIONAL_LINE);
  });

  it("knows a real-looking number is not ours", () => {
    expect(isFictionalNumber("+1 800-642-7676")).toBe(false);
  });
});
