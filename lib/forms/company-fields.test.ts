// The company fields' one definition (company-fields.ts) and what derives from it: the saved answers read back.
import { describe, expect, expectTypeOf, it } from "vitest";
import { companyShape } from "@/lib/clearinghouse/company-schema";
import { readFlowAnswers, type FlowAnswers } from "@/lib/clearinghouse/server-flows";
import { readLifecycleAnswers, type LifecycleAnswers } from "@/lib/console/lifecycle-answers";
import { companyOptionalShape, companyRequiredShape } from "@/lib/console/schemas";
import { formDefaults, storedShape } from "./company-fields";

describe("storedShape", () => {
  it("reads back each field of the form: required ones as a string, optional ones as a string or null", () => {
    const stored = storedShape(companyShape);
    expect(Object.keys(stored)).toEqual(Object.keys(companyShape));
    for (const key of ["lastName", "firstName", "companyName", "countryRegion"] as const) expect(stored[key]["~standard"].validate(null)).toHaveProperty("issues");
    for (const key of ["companyAddress", "email", "phone", "organizationalUnit"] as const) expect(stored[key]["~standard"].validate(null)).toEqual({ value: null });
  });

  it("what the web site's company page saves, its draft reads back", () => {
    const saved = { lastName: "Ng", firstName: "Ada", companyName: "Contoso", countryRegion: "US", companyAddress: null, email: "ada@contoso.com", phone: null, organizationalUnit: null };
    expect(readFlowAnswers(saved)).toEqual(saved);
    expectTypeOf<FlowAnswers["companyName"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FlowAnswers["phone"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("what the Activate Server Wizard saves, its run reads back: every field of Properties", () => {
    const saved = { firstName: "Ada", lastName: "Ng", company: "Contoso", countryRegion: "US", email: null, organizationalUnit: null, companyAddress: null, city: "Redmond", state: null, postalCode: "98052" };
    expect(Object.keys(saved).sort()).toEqual(Object.keys({ ...companyRequiredShape, ...companyOptionalShape }).sort());
    expect(readLifecycleAnswers(saved)).toEqual(saved);
    expectTypeOf<LifecycleAnswers["company"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LifecycleAnswers["postalCode"]>().toEqualTypeOf<string | null | undefined>();
  });
});

describe("formDefaults", () => {
  it("each field of the shape: the first source's value that is not null, else the next's, else empty", () => {
    const answers = { email: "", city: null, companyAddress: "1 Main St" };
    const server = { email: "old@contoso.com", city: "Redmond", companyAddress: "2 Elm St", state: null, id: "not a field" };
    expect(formDefaults(companyOptionalShape, answers, server)).toEqual({ email: "", organizationalUnit: "", companyAddress: "1 Main St", city: "Redmond", state: "", postalCode: "" });
    expect(Object.keys(formDefaults(companyShape))).toEqual(Object.keys(companyShape));
  });
});
