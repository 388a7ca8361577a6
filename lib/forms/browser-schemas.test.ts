// The schemas the forms check in the browser (docs/decisions/030-forms-on-react-hook-form.md):
// - they are the server's own: the module a form imports its schema from is the module its action parses
//   with, and the server's checks beyond them (the phone number) only add errors, never take one away;
// - the browser's values (react-hook-form's: true/false for a check box, null for a radio group left
//   unanswered) and the post's (formInput, lib/forms/form-state.ts: "on" or nothing, a missing field) get
//   the same answer from the one schema, so what the browser refuses the server refuses with the same words;
// - a form's first JavaScript loads no zod at all (its schema is a loader, components/forms/use-action-form.ts),
//   and what the loader brings never includes classic zod or the country names package: the form pages stay
//   within the JavaScript budget (bench/pages.ts).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { $ZodType } from "zod/v4/core";
import { safeParse, safeParseAsync } from "zod/mini";
import { zodFieldErrors, type FieldErrors } from "@/lib/forms/action-result";
import { formInput } from "@/lib/forms/form-state";
import { companyBrowserSchema, companyFormSchema } from "@/lib/clearinghouse/company-form-schema";
import { companyStepSchema } from "@/lib/clearinghouse/company-schema";
import * as flowForms from "@/lib/clearinghouse/server-flow-form-schemas";
import * as flows from "@/lib/clearinghouse/server-flows";
import * as wizard from "@/lib/console/wizard-schemas";
import * as migrate from "@/lib/console/migrate-schemas";
import * as lifecycle from "@/lib/console/lifecycle-schemas";
import * as install from "@/lib/console/install-licenses-schemas";
import * as helpdesk from "@/lib/helpdesk/schemas";
import * as recoveryKit from "@/lib/recovery-kit/fields";
import { historyEmailSchema } from "@/lib/clearinghouse/customer-history/schemas";
import { selectOptionFormSchema } from "@/lib/clearinghouse/schemas";
import { callFormSchema } from "@/lib/helpdesk/phone-desk-schema";
import { createClassSchema, joinClassSchema } from "@/lib/practice/classroom-schemas";

const root = path.resolve(__dirname, "../..");

function errorsOf(schema: $ZodType, input: unknown): FieldErrors {
  const result = safeParse(schema, input);
  return result.success ? {} : zodFieldErrors(result.error);
}

/** What the server parses when the browser's form posts these values (a check box posts "on" or nothing). */
function posted(values: Record<string, unknown>): Record<string, string> {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (value === true) data.append(name, "on");
    else if (typeof value === "string") data.append(name, value);
  }
  return formInput(data);
}

describe("the browser's schema is the server's", () => {
  it("the web site's flow pages: server-flows.ts hands the actions the very schemas the forms import", () => {
    expect(flows.DETAILS_SCHEMAS).toBe(flowForms.DETAILS_SCHEMAS);
    expect(flows.flowContactSchema).toBe(flowForms.flowContactSchema);
  });

  const company = fc.record({
    lastName: fc.constantFrom("", "Morgan", " Morgan ", "a\u0000b", "x".repeat(70)),
    firstName: fc.constantFrom("", "Alex"),
    companyName: fc.constantFrom("", "Contoso", "Con\ttoso"),
    countryRegion: fc.constantFrom("", "GB", "US", "XX", "gb"),
    companyAddress: fc.constantFrom("", "1 Main Street"),
    email: fc.constantFrom("", "alex@contoso.example", "alex.contoso.example", "ALEX@CONTOSO.EXAMPLE"),
    phone: fc.constantFrom("", "+44 20 7946 0958", "020 7946 0958", "12", "+1 425 555 0100"),
    organizationalUnit: fc.constantFrom("", "Sales"),
  });

  it("Company information: the server's schema is the form's plus the phone number's check; it only adds that error", () => {
    fc.assert(
      fc.property(company, (values) => {
        const browser = errorsOf(companyFormSchema, values);
        const server = errorsOf(companyStepSchema, posted(values));
        const { phone: serverPhone, ...serverRest } = server;
        const { phone: browserPhone, ...browserRest } = browser;
        expect(serverRest).toEqual(browserRest);
        // The browser's own phone errors (too long, hidden characters) are the server's first ones.
        if (browserPhone) expect(serverPhone?.[0]).toBe(browserPhone[0]);
      }),
    );
  });

  it("Company information: the browser's schema (the phone number's check loaded when there is one) answers as the server's", async () => {
    await fc.assert(
      fc.asyncProperty(company, async (values) => {
        const browser = await safeParseAsync(companyBrowserSchema, values);
        expect(browser.success ? {} : zodFieldErrors(browser.error)).toEqual(errorsOf(companyStepSchema, posted(values)));
      }),
    );
  });

  const cases: [string, $ZodType, Record<string, unknown>[]][] = [
    ["Confirm deletion (a check box)", wizard.confirmDeletionSchema, [{ confirm: true }, { confirm: false }]],
    ["Migrate: the reminder's check box", migrate.migrateReminderSchema(false), [{ removeByHand: true }, { removeByHand: false }]],
    ["Finish (a check box)", lifecycle.finishLifecycleSchema, [{ startInstall: true }, { startInstall: false }]],
    ["Select the action (a radio group)", wizard.actionSelectionSchema, [{ action: null }, { action: "REBUILD" }, { action: "ELSE" }]],
    ["Reinstall additional (a radio group)", wizard.reinstallAdditionalSchema, [{ choice: null }, { choice: "finish" }]],
    ["Reason (radio group and text)", wizard.reasonSchema, [{ reason: null, reasonDetail: "" }, { reason: "Other", reasonDetail: " " }, { reason: "Other", reasonDetail: "Disk failed" }]],
    [
      "Migrate: the source license server",
      migrate.migrateSourceSchema,
      [
        { sourceName: "LS-OLD", notAvailable: false, operatingSystem: "", sourceLicenseServerId: "" },
        { sourceName: "LS OLD", notAvailable: true, operatingSystem: "", sourceLicenseServerId: "123" },
      ],
    ],
    ["Connection method", lifecycle.connectionMethodStepSchema, [{ connectionMethod: null, telephoneCountry: "" }, { connectionMethod: "TELEPHONE", telephoneCountry: "" }, { connectionMethod: "TELEPHONE", telephoneCountry: "GB" }]],
    ["Product version", install.productVersionSchema, [{ calType: "", quantity: "" }, { calType: "WS2022_PER_USER", quantity: "1,000" }, { calType: "WS2022_PER_USER", quantity: "12" }]],
    ["License key pack ID", wizard.keyPackIdSchema, [{ licenseKeyPackId: "" }, { licenseKeyPackId: "ABCDE" }]],
    ["New staff account", helpdesk.createStaffSchema, [{ name: "", email: "x", role: "AGENT", password: "short" }, { name: "Robin", email: "robin@clearinghouse.example", role: "SUPERVISOR", password: "long-enough-password" }]],
    ["Reject", helpdesk.rejectSchema, [{ requestId: "r1", takeOverFrom: "", rejectionReason: "  " }]],
    ["Use a recovery kit", recoveryKit.kitFieldSchema, [{ kit: "" }, { kit: "  " }, { kit: "x".repeat(100_001) }, { kit: "{}" }]],
    ["Use a response file", recoveryKit.responseFieldSchema, [{ response: "" }, { response: "{}" }]],
    ["A customer's history: the e-mail address", historyEmailSchema, [{ email: "" }, { email: "alex.contoso.example" }, { email: "ALEX@CONTOSO.EXAMPLE" }]],
    ["Select Option (a radio group)", selectOptionFormSchema, [{ option: null, licenseServerId: "" }, { option: "activate", licenseServerId: "" }, { option: "install", licenseServerId: "12345" }]],
    [
      "Phone desk: the kind of call, then its fields",
      callFormSchema,
      [
        { callKind: null, productId: "" },
        { callKind: "reactivate", productId: "12345", reason: null },
        { callKind: "manage-cals", targetLicenseServerId: "1", reasonForRecovery: "", licenseProgram: "SELECT_LICENSE", agreementNumber: "12", lastName: "", calType: "", quantity: "" },
      ],
    ],
    ["License Information: the added codes in one field, the box's apart", install.licenseInformationFormSchema("LICENSE_PACK"), [{ licenseCodes: "", licenseCode: "" }, { licenseCodes: "R2025USERCALINSTALLA00020", licenseCode: "R2025" }]],
    [
      "Create a class (check boxes)",
      createClassSchema,
      [
        { requestId: "8d0f7a4e-3c55-4a57-9a3e-2f6f3f7b1c11", name: "", "rebuild-database": false, "activate-telephone": false, "install-agreement": false },
        { requestId: "8d0f7a4e-3c55-4a57-9a3e-2f6f3f7b1c11", name: "Monday", "rebuild-database": true, "activate-telephone": false, "install-agreement": false },
      ],
    ],
    ["Join a class", joinClassSchema, [{ code: "", displayName: "" }, { code: "abcd efgh", displayName: " Ana " }, { code: "ABC", displayName: "Ana" }]],
    ["New entitlement", helpdesk.entitlementSchema, [{ licenseProgram: "SELECT_LICENSE", credential: "12", calType: "WS2022_PER_USER", quantity: "5", customerName: "Contoso" }]],
  ];

  it.each(cases)("%s: the browser's values and the post get the same answer", (_name, schema, inputs) => {
    for (const values of inputs) expect(errorsOf(schema, posted(values))).toEqual(errorsOf(schema, values));
  });
});

describe("what the forms' schemas load in the browser", () => {
  /** Never with the page: zod comes with the schema, after the page (the phone check's metadata too). */
  const NOT_FIRST = ["zod", "zod/mini", "zod/v4/core", "libphonenumber-js", "i18n-iso-countries", "server-only"];
  /** Never in the browser at all. */
  const NEVER = ["zod", "i18n-iso-countries", "server-only"];

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === "node_modules" ? [] : files(full);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
    });
  }

  function resolve(from: string, spec: string): string | null {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
    if (!base) return null;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not this one
      }
    }
    return null;
  }

  /** The packages `file` loads, following our own modules; a "use server" module is a reference, not loaded. */
  function packagesLoaded(file: string, dynamic: boolean, seen = new Set<string>(), out = new Map<string, string>()): Map<string, string> {
    if (seen.has(file)) return out;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (seen.size > 1 && /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) return out;
    // Static imports, and the forms' schema loaders (import("@/lib/…")): both load in the browser.
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)) {
      if (match[2] && !dynamic) continue;
      const spec = (match[1] ?? match[2])!;
      const local = resolve(file, spec);
      if (local) packagesLoaded(local, dynamic, seen, out);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) out.set(spec, path.relative(root, file));
    }
    return out;
  }

  const forms = [...files(path.join(root, "app")), ...files(path.join(root, "components"))].filter((file) => {
    const source = readFileSync(file, "utf8");
    // The forms (the hook itself is not one).
    return !file.endsWith("use-action-form.ts") && source.startsWith('"use client"') && /useActionForm[<(]|<CheckBoxStepForm/.test(source) && /schema[,:=]/.test(source);
  });

  it("finds the forms", () => {
    expect(forms.length).toBeGreaterThan(25);
  });

  it.each(forms.map((file) => [path.relative(root, file)]))("%s: no zod with the page, zod/mini only after it", (file) => {
    const first = packagesLoaded(path.join(root, file), false);
    expect([...first].filter(([spec]) => NOT_FIRST.includes(spec)).map(([spec, by]) => `${spec} (from ${by})`)).toEqual([]);
    const all = packagesLoaded(path.join(root, file), true);
    expect([...all].filter(([spec]) => NEVER.includes(spec)).map(([spec, by]) => `${spec} (from ${by})`)).toEqual([]);
    // A form that loads its schema (the hook and the check box step take theirs from their callers).
    if (/=>\s*import\(/.test(readFileSync(path.join(root, file), "utf8"))) expect(all.has("zod/mini")).toBe(true);
  });
});
