import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { randomUUID } from "node:crypto";
import { domainOfName, inScope, normaliseDn, parseDomain, parseOrganizationalUnit, SCOPE_CASES, scopeLabel } from "./cal-usage-scope";
import { calUsageReportSchema } from "./report-schemas";
import { calUsageCsvHead, calUsageCsvRows } from "./cal-usage-csv";

describe("CAL Usage scope matching", () => {
  it.each(SCOPE_CASES)("%s (%s) in %o: %s", (issuedTo, distinguishedName, scope, expected) => {
    expect(inScope({ issuedTo, distinguishedName }, scope)).toBe(expected);
  });

  it("stores a distinguished name without spaces around its separators", () => {
    expect(normaliseDn(" CN=Alice Smith , OU=Sales,DC = contoso,DC=com ")).toBe("CN=Alice Smith,OU=Sales,DC=contoso,DC=com");
  });

  it("reads the domain of down-level names and user principal names", () => {
    expect(domainOfName("CONTOSO\\alice")).toBe("contoso");
    expect(domainOfName("alice@Contoso.com")).toBe("contoso.com");
    expect(domainOfName("a@b@fabrikam.com")).toBe("fabrikam.com");
    expect(domainOfName("alice")).toBeNull();
  });

  it("takes a NetBIOS or DNS domain name, in the case Windows writes it", () => {
    expect(parseDomain(" contoso ")).toBe("CONTOSO");
    expect(parseDomain("Contoso.COM")).toBe("contoso.com");
    for (const bad of ["", "CONTOSO\\", "contoso..com", "-contoso", "contoso_ltd", "ABCDEFGHIJKLMNOP", "a b"]) expect(parseDomain(bad), bad).toBeNull();
  });

  it("takes an organizational unit's distinguished name: OU= parts, then DC= parts", () => {
    expect(parseOrganizationalUnit(" ou=Sales , OU=Staff,dc=contoso,DC=com")).toBe("OU=Sales,OU=Staff,DC=contoso,DC=com");
    for (const bad of ["Sales", "OU=Sales", "DC=contoso,DC=com", "OU=Sales,DC=contoso,OU=x", "CN=Alice,OU=Sales,DC=contoso", "OU=,DC=contoso", "OU=Sa+les,DC=contoso", "OU=Sales;DC=contoso", "OU=Sales,DC=con toso"]) {
      expect(parseOrganizationalUnit(bad), bad).toBeNull();
    }
  });

  it("labels a scope as the report shows it", () => {
    expect(scopeLabel({ kind: "ALL_TRUSTED_DOMAINS", value: null })).toBe("All trusted domains");
    expect(scopeLabel({ kind: "DOMAIN", value: "CONTOSO" })).toBe("Domain: CONTOSO");
  });
});

describe("the Create Report form's schema", () => {
  const requestKey = randomUUID();
  const errors = (input: object) => {
    const parsed = calUsageReportSchema.safeParse({ requestKey, ...input });
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("needs the domain or the organizational unit of those scopes, well formed; ignores the other box", () => {
    expect(errors({ scope: "DOMAIN", domain: " " })).toEqual({ domain: "Enter the domain, like CONTOSO or contoso.com" });
    expect(errors({ scope: "DOMAIN", domain: "CONTOSO\\" })).toHaveProperty("domain");
    expect(errors({ scope: "ORGANIZATIONAL_UNIT", organizationalUnit: "Sales" })).toEqual({
      organizationalUnit: "Enter the organizational unit as a distinguished name: OU= parts, then DC= parts, like OU=Sales,DC=contoso,DC=com",
    });
    expect(errors({ scope: "nope" })).toEqual({ scope: "Select the scope of the report" });
    expect(errors({ scope: "DOMAIN", domain: "a\u0000" })).toHaveProperty("domain");
    expect(calUsageReportSchema.parse({ requestKey, scope: "DOMAIN", domain: "contoso", organizationalUnit: "junk" })).toEqual({ requestKey, scope: { kind: "DOMAIN", value: "CONTOSO" } });
    expect(calUsageReportSchema.parse({ requestKey, scope: "ALL_TRUSTED_DOMAINS", domain: "junk" }).scope).toEqual({ kind: "ALL_TRUSTED_DOMAINS", value: null });
    expect(errors({ scope: "ALL_TRUSTED_DOMAINS", requestKey: "1" })).toHaveProperty("requestKey");
  });
});

describe("Save As (CSV)", () => {
  it("opens as sections with header rows, quotes what needs it and neutralises formulae", () => {
    const head = calUsageCsvHead({
      serverName: "LS-1",
      scope: "DOMAIN",
      scopeValue: "CONTOSO",
      createdAt: new Date("2026-12-01T19:36:00Z"),
      installed: 70,
      issued: 2,
      totals: [{ calType: "WS2022_PER_USER", installed: 70, issued: 2 }],
    });
    const rows = calUsageCsvRows([
      { issuedTo: "CONTOSO\\=cmd", calType: "WS2022_PER_USER", keypackId: 3, issuedOn: new Date("2026-11-30T00:00:00Z"), expiresOn: null },
      { issuedTo: 'CONTOSO\\o"neil, pat', calType: "WS2022_PER_USER", keypackId: 3, issuedOn: new Date("2026-11-30T00:00:00Z"), expiresOn: new Date("2027-01-01T00:00:00Z") },
    ]);
    expect(calUsageCsvRows([])).toBe("");
    const text = head + rows;
    expect(text).toContain('"CONTOSO\\o""neil, pat"');
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: false }).data;
    expect(parsed).toEqual([
      ["CAL Usage"],
      ["License server", "LS-1"],
      ["Created", "2026-12-01 19:36 UTC"],
      ["Scope", "Domain: CONTOSO"],
      [""],
      ["License Version and Type", "Per User CALs installed", "Per User CALs issued"],
      ["Windows Server 2022 - RDS Per User CAL", "70", "2"],
      ["Total", "70", "2"],
      [""],
      ["Issued To", "License Version and Type", "Keypack ID", "Issued On", "Expires On"],
      ["CONTOSO\\=cmd", "Windows Server 2022 - RDS Per User CAL", "3", "2026-11-30", "Does not expire"],
      ['CONTOSO\\o"neil, pat', "Windows Server 2022 - RDS Per User CAL", "3", "2026-11-30", "2027-01-01"],
    ]);
    // A name that starts a formula is written with a quote mark in front.
    expect(calUsageCsvRows([{ issuedTo: "=cmd|' /C calc'!A0", calType: "WS2022_PER_USER", keypackId: 1, issuedOn: new Date(0), expiresOn: null }])).toMatch(/^"'=cmd/);
  });
});
