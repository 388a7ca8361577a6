// The forms of the web site's Activate / Reactivate / Deactivate a license server pages (server-flows.ts):
// their schemas in zod/mini, checked in the browser by the forms and again by the server actions, which
// import them through server-flows.ts (docs/decisions/030-forms-on-react-hook-form.md). The Company
// information page's is Manage CALs' own (company-form-schema.ts).
import * as z from "zod/mini";
import { REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { PRODUCT_ID_MESSAGES, parseProductId } from "@/lib/licensing/product-id";
import { deactivationContactShape } from "@/lib/forms/text";

const productId = z.pipe(
  z.string({ error: PRODUCT_ID_MESSAGES.empty }),
  z.transform((input: string, ctx) => {
    const parsed = parseProductId(input);
    if (!parsed.ok) {
      ctx.issues.push({ code: "custom", message: PRODUCT_ID_MESSAGES[parsed.error], input });
      return z.NEVER;
    }
    return parsed.value;
  }),
);

const licenseServerId = z.pipe(
  z.string({ error: "Enter the License Server ID" }),
  z.transform((input: string, ctx) => {
    const parsed = parseLicenseServerId(input);
    if (!parsed.ok) {
      ctx.issues.push({ code: "custom", message: parsed.error === "empty" ? "Enter the License Server ID" : LICENSE_SERVER_ID_MESSAGES[parsed.error], input });
      return z.NEVER;
    }
    return parsed.value;
  }),
);

export const activateDetailsSchema = z.object({ productId });
export const reactivateDetailsSchema = z.object({ productId, reason: z.enum(REACTIVATION_REASONS, { error: "Select the reason for reactivating the license server" }) });
export const deactivateDetailsSchema = z.object({ productId, licenseServerId });
export const flowContactSchema = z.object(deactivationContactShape);


export const DETAILS_SCHEMAS = { activate: activateDetailsSchema, reactivate: reactivateDetailsSchema, deactivate: deactivateDetailsSchema } as const;
