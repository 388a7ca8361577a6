// Create Report → CAL Usage: the form's schema (checked in the browser, and the server action parses what
// the form sent with it: docs/decisions/030) and the shape of a saved report's totals. Only zod/mini and
// small pure modules here.
import * as z from "zod/mini";
import { CAL_TYPE_VALUES } from "@/lib/licensing/catalog";
import { isSingleLineText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";
import { CAL_USAGE_SCOPE_VALUES, parseDomain, parseOrganizationalUnit, type CalUsageScope } from "./cal-usage-scope";

const text = (max: number) =>
  z.pipe(
    z.optional(z.string().check(z.maxLength(max, `This must be ${max} characters or fewer`), z.refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE))),
    z.transform((v?: string) => (v ?? "").trim()),
  );

const calUsageFields = z.object({
    scope: z.enum(CAL_USAGE_SCOPE_VALUES, { error: "Select the scope of the report" }),
    domain: text(253),
    organizationalUnit: text(512),
    /** The form's one-time key (a UUID the page made): a second submit finds the report the first made. */
    requestKey: z.uuid({ error: "Open Create Report again: this form has expired" }),
});

export const calUsageReportSchema = z.pipe(
  calUsageFields,
  z.transform((input: z.output<typeof calUsageFields>, ctx): { scope: CalUsageScope; requestKey: string } => {
    const addIssue = (issue: { path: string[]; message: string }) => ctx.issues.push({ code: "custom", input, ...issue });
    if (input.scope === "DOMAIN") {
      if (!input.domain) addIssue({ path: ["domain"], message: "Enter the domain, like CONTOSO or contoso.com" });
      const domain = parseDomain(input.domain);
      if (input.domain && !domain) addIssue({ path: ["domain"], message: "Enter the domain as a NetBIOS name (up to 15 letters, digits or hyphens, like CONTOSO) or a DNS name (like contoso.com)" });
      return { scope: { kind: "DOMAIN", value: domain ?? "" }, requestKey: input.requestKey };
    }
    if (input.scope === "ORGANIZATIONAL_UNIT") {
      if (!input.organizationalUnit) addIssue({ path: ["organizationalUnit"], message: "Enter the organizational unit, like OU=Sales,DC=contoso,DC=com" });
      const ou = parseOrganizationalUnit(input.organizationalUnit);
      if (input.organizationalUnit && !ou) addIssue({ path: ["organizationalUnit"], message: "Enter the organizational unit as a distinguished name: OU= parts, then DC= parts, like OU=Sales,DC=contoso,DC=com" });
      return { scope: { kind: "ORGANIZATIONAL_UNIT", value: ou ?? "" }, requestKey: input.requestKey };
    }
    return { scope: { kind: "ALL_TRUSTED_DOMAINS", value: null }, requestKey: input.requestKey };
  }),
);

const calUsageTotalsSchema = z.array(z.object({ calType: z.enum(CAL_TYPE_VALUES), installed: z.int(), issued: z.int() }));
export type CalUsageTotals = z.infer<typeof calUsageTotalsSchema>;

/** A stored report's totals, or none if the value is not of this shape. */
export function parseCalUsageTotals(value: unknown): CalUsageTotals {
  const parsed = calUsageTotalsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** A row of CalUsageHolderPage.holders: [issuedTo, calType, keypackId, issuedOn ms, expiresOn ms | null]. */
const holderPageSchema = z.array(z.tuple([z.string(), z.enum(CAL_TYPE_VALUES), z.int(), z.number(), z.nullable(z.number())]));

export interface CalUsageHolder {
  position: number;
  issuedTo: string;
  calType: (typeof CAL_TYPE_VALUES)[number];
  keypackId: number;
  issuedOn: Date;
  expiresOn: Date | null;
}

/** A stored page of holders as rows; `first` is the position of its first holder. */
export function parseHolderPage(value: unknown, first: number): CalUsageHolder[] {
  const parsed = holderPageSchema.safeParse(value);
  if (!parsed.success) return [];
  return parsed.data.map(([issuedTo, calType, keypackId, issuedOn, expiresOn], i) => ({
    position: first + i,
    issuedTo,
    calType,
    keypackId,
    issuedOn: new Date(issuedOn),
    expiresOn: expiresOn === null ? null : new Date(expiresOn),
  }));
}
