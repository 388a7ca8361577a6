import { describe, expect, it } from "vitest";
import { parseEntitlementCsv, toEntitlementCsv } from "./entitlement-csv";

const header = "license_program,credential,cal_type,quantity,customer_name";

describe("parseEntitlementCsv", () => {
  it("accepts values or labels, and normalises credentials", () => {
    const result = parseEntitlementCsv(
      [header, "SELECT_LICENSE,1234567,WS2019_PER_USER,100,Fabrikam", `License Pack (Retail Purchase),r2022-userc-aldem-opack-00077,Windows Server 2022 - RDS Per User CAL,"1,200",Contoso`].join("\n"),
    );
    expect(result.ok && result.rows).toEqual([
      { line: 2, ok: true, values: { licenseProgram: "SELECT_LICENSE", credential: "1234567", calType: "WS2019_PER_USER", quantity: 100, customerName: "Fabrikam" } },
      { line: 3, ok: true, values: { licenseProgram: "LICENSE_PACK", credential: "R2022USERCALDEMOPACK00077", calType: "WS2022_PER_USER", quantity: 1200, customerName: "Contoso" } },
    ]);
  });

  it("reports every bad row with its line and column", () => {
    const result = parseEntitlementCsv([header, "NOPE,1234567,WS2019_PER_USER,100,A", "SELECT_LICENSE,12,WS2019_PER_USER,0,B", "SELECT_LICENSE,1234567,WS2019_PER_USER,5"].join("\n"));
    if (!result.ok) throw new Error(result.error);
    expect(result.rows[0]).toMatchObject({ line: 2, ok: false, errors: ["license_program: Choose the license program"] });
    expect(result.rows[1]).toMatchObject({ line: 3, ok: false });
    expect((result.rows[1] as { errors: string[] }).errors.join(" ")).toMatch(/quantity: The quantity must be between 1 and 9,999/);
    expect((result.rows[2] as { errors: string[] }).errors[0]).toBe("The row has fewer columns than the header");
  });

  it("flags a second row for the same entitlement", () => {
    const result = parseEntitlementCsv([header, "SELECT_LICENSE,1234567,WS2019_PER_USER,100,A", "Select License,123-4567,WS2019_PER_USER,200,A"].join("\n"));
    expect(result.ok && result.rows[1]).toEqual({ line: 3, ok: false, errors: ["Same license program, credential and CAL type as line 2"] });
  });

  it("refuses a file without the columns", () => {
    expect(parseEntitlementCsv("a,b\n1,2")).toEqual({ ok: false, error: expect.stringMatching(/Missing: license_program/) });
  });

  it("exports what it imports, escaping formulae", () => {
    const csv = toEntitlementCsv([{ licenseProgram: "SELECT_LICENSE", credential: "1234567", calType: "WS2019_PER_USER", quantity: 5, customerName: "=cmd()", activeIssued: 2 }]);
    expect(csv).toBe(`${header},issued\r\nSELECT_LICENSE,1234567,WS2019_PER_USER,5,"'=cmd()",2`);
    const back = parseEntitlementCsv(csv);
    expect(back.ok && back.rows[0]?.ok).toBe(true);
  });
});
