import { describe, expect, it } from "vitest";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { formatGroups } from "@/lib/licensing/groups";
import { classifySearch, describeSearch } from "./search-term";

describe("classifySearch", () => {
  it("finds references in any case and spacing", () => {
    expect(classifySearch(" rq-7kd2 9xpa ")).toEqual({ kind: "reference", value: "RQ-7KD2-9XPA" });
  });

  it("reads a License Server ID typed with spaces, hyphens or nothing", () => {
    const id = generateLicenseServerId();
    const spaced = formatGroups(id).replace(/-/g, " ");
    expect(classifySearch(spaced)).toEqual({ kind: "licenseServerId", value: id });
    expect(classifySearch(formatGroups(id))).toEqual({ kind: "licenseServerId", value: id });
    expect(classifySearch(id)).toEqual({ kind: "licenseServerId", value: id });
  });

  it("reads a license key pack ID, mapping look-alikes", () => {
    const id = "7K2D9-XPA3B-0CDEF-GHJKM-NPQRS-TVWXY-Z0123";
    expect(classifySearch(id.toLowerCase())).toEqual({ kind: "keyPackId", value: id.replace(/-/g, "") });
  });

  it("treats anything with @ as an e-mail address, lowercased", () => {
    expect(classifySearch("IT@Contoso.example")).toEqual({ kind: "email", value: "it@contoso.example" });
  });

  it("treats everything else as the start of a company name", () => {
    expect(classifySearch("  Contoso   Ltd ")).toEqual({ kind: "company", value: "contoso ltd" });
    expect(classifySearch("")).toBeNull();
  });

  it("describes what it searched for", () => {
    expect(describeSearch({ kind: "company", value: "con" })).toBe("Company name starting with “con”");
  });
});
