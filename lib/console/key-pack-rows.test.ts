import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { keyPackRowsToCsv, parseDeletedSnapshot, sumRows, toKeyPackRow, type KeyPackRow } from "./key-pack-rows";

const row: KeyPackRow = {
  keypackId: 3,
  licenseKeyPackId: "ABCDE12345ABCDE12345ABCDE12345ABCDE",
  calType: "WS2022_PER_USER",
  licenseProgram: "LICENSE_PACK",
  totalLicenses: 50,
  issued: 18,
  expiresAt: null,
};

describe("key pack rows", () => {
  it("builds a row from an installed key pack with its issued count", () => {
    const built = toKeyPackRow({ ...row, expiresAt: new Date("2027-01-31T00:00:00Z"), _count: { issuedCals: 7 } });
    expect(built).toMatchObject({ issued: 7, expiresAt: "2027-01-31T00:00:00.000Z" });
  });

  it("writes the console's columns to CSV", () => {
    const parsed = Papa.parse<Record<string, string>>(keyPackRowsToCsv([row]), { header: true });
    expect(parsed.data[0]).toEqual({
      "License Version and Type": "Windows Server 2022 - RDS Per User CAL",
      "License Program": "License Pack (Retail Purchase)",
      "Total Licenses": "50",
      Available: "32",
      Issued: "18",
      "Expiry Date": "No expiration date",
      "Keypack ID": "3",
      "License key pack ID": "ABCDE-12345-ABCDE-12345-ABCDE-12345-ABCDE",
    });
  });

  it("reads back a stored snapshot and ignores one of another shape", () => {
    expect(parseDeletedSnapshot(JSON.parse(JSON.stringify([row])))).toEqual([row]);
    expect(parseDeletedSnapshot({ nope: true })).toEqual([]);
    expect(parseDeletedSnapshot(null)).toEqual([]);
  });

  it("sums licenses", () => {
    expect(sumRows([row, { ...row, totalLicenses: 10, issued: 1 }])).toEqual({ total: 60, issued: 19 });
  });
});
