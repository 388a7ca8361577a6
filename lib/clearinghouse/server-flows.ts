// The web site's Activate / Reactivate / Deactivate a license server pages: which pages each has, each page's
// schema (shared by its form and its server action, docs/decisions/012) and the draft's answers read back.
// The company information is Manage CALs' own page's (company-schema.ts), one rule per fact; the deactivation
// contact is the console's (lib/forms/text.ts). Pages: the first (details) → [company | contact] → verify →
// result (docs/decisions/021-activation-lifecycle.md).
import * as z from "zod/mini";
import { REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { storedShape } from "@/lib/forms/company-fields";
import { companyFormSchema, companyShape, withPhoneCheck } from "./company-schema";
import { OPTION_LABELS, SERVER_FLOW_OPTIONS, type ServerFlowOption } from "./select-options";

// The pages' forms check these in the browser: a module of their own, without the phone-number check.
export { DETAILS_SCHEMAS, flowContactSchema } from "./server-flow-form-schemas";

/** The license server options of Select Option (select-options.ts); each runs its own pages. */
export type ServerFlow = ServerFlowOption;
export const SERVER_FLOWS: readonly ServerFlow[] = SERVER_FLOW_OPTIONS;

export type ServerFlowPage = "details" | "company" | "contact" | "verify" | "result";

export const SERVER_FLOW_INFO = {
  activate: { title: OPTION_LABELS.activate, pages: ["details", "company", "verify", "result"] },
  reactivate: { title: OPTION_LABELS.reactivate, pages: ["details", "verify", "result"] },
  deactivate: { title: OPTION_LABELS.deactivate, pages: ["details", "contact", "verify", "result"] },
} as const satisfies Record<ServerFlow, { title: string; pages: readonly ServerFlowPage[] }>;

export const PAGE_TITLES: Record<ServerFlowPage, string> = {
  details: "License server information",
  company: "Company information",
  contact: "Contact information",
  verify: "Verify your information",
  result: "Result",
};

export function flowPath(flow: ServerFlow, page: ServerFlowPage): string {
  return page === "details" ? `/licensing/${flow}` : `/licensing/${flow}/${page}`;
}

export const flowCompanySchema = withPhoneCheck(companyFormSchema);

/** A draft's answers (and, once submitted, its result), read back; a bad row reads as nothing saved. */
const flowAnswersSchema = z.partial(
  z.object({
    productId: z.string(),
    licenseServerId: z.string(),
    reason: z.enum(REACTIVATION_REASONS),
    ...storedShape(companyShape),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.nullable(z.string()),
    result: z.object({ licenseServerId: z.optional(z.string()), confirmationCode: z.optional(z.string()), alreadyActive: z.optional(z.boolean()) }),
  }),
);
export type FlowAnswers = z.output<typeof flowAnswersSchema>;

export function readFlowAnswers(value: unknown): FlowAnswers {
  const parsed = flowAnswersSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The first page whose answers are missing (skipping ahead lands there). */
export function firstIncompleteFlowPage(flow: ServerFlow, a: FlowAnswers): ServerFlowPage {
  if (!a.productId || (flow === "reactivate" && !a.reason) || (flow === "deactivate" && !a.licenseServerId)) return "details";
  if (flow === "activate" && !(a.lastName && a.firstName && a.companyName && a.countryRegion)) return "company";
  if (flow === "deactivate" && !(a.contactName && a.contactEmail)) return "contact";
  return "verify";
}
