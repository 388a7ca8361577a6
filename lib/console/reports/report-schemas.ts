// Create Report → CAL Usage: the form's schema (checked in the browser, and the server action parses what
// the form sent with it: docs/decisions/030); a saved report is read back by report-data.ts. Only zod/mini
// and small pure modules here.
import * as z from "zod/mini";
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
