import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

const PAYLOADS = ['=HYPERLINK("https://evil.example","x")', '=HYPERLINK("https://evil.example","x")\nsecond line', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=1\r\n=2"];

describe("toCsv", () => {
  it("neutralises every formula-like cell, multi-line values included, in object rows and in field/data tables", () => {
    for (const csv of [toCsv(PAYLOADS.map((value) => ({ value }))), toCsv({ fields: ["value"], data: PAYLOADS.map((value) => [value]) })]) {
      const cells = Papa.parse<string[]>(csv).data.slice(1).map((row) => row[0]);
      expect(cells).toEqual(PAYLOADS.map((value) => `'${value}`));
    }
  });

  it("leaves other text and numbers alone", () => {
    expect(toCsv([{ a: "Contoso", b: -5, c: "a=b" }])).toBe("a,b,c\r\nContoso,-5,a=b");
  });
});
