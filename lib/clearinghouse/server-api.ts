// The contract of the Clearinghouse's JSON routes for the console's Automatic connection (the app's stand-in
// for the Internet, docs/decisions/021-activation-lifecycle.md): POST /api/clearinghouse/activation,
// /reactivation and /deactivation. The routes validate bodies with these schemas; the console's one client
// (lib/console/clearinghouse-client.ts) sends the same shapes and reads answers with the answer schemas.
import { z } from "zod";
import { CONNECTION_METHOD_VALUES, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { companyFields } from "@/lib/forms/company-fields";
import { deactivationContactShape, isSingleLineText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/forms/text";
import { parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { parseProductId } from "@/lib/licensing/product-id";

const productId = z.string().refine((v) => parseProductId(v).ok, "productId must be a valid Product ID").transform((v) => (parseProductId(v) as { value: string }).value);
const licenseServerId = z.string().refine((v) => parseLicenseServerId(v).ok, "licenseServerId must be a valid License Server ID").transform((v) => (parseLicenseServerId(v) as { value: string }).value);

// The same fields and text rule as the console's forms and the web site's pages (lib/forms/company-fields.ts,
// lib/forms/text.ts): a character the forms refuse (NUL, a lone surrogate, a bidirectional control, a
// zero-width space, BEL) is refused here too, before it can reach a record or the audit log (issue 26).
export const activationBodySchema = z
  .object({
    productId,
    firstName: companyFields.firstName(),
    lastName: companyFields.lastName(),
    company: companyFields.company(),
    countryRegion: companyFields.countryRegion("countryRegion must be a country or region code"),
    // null, like absent, means not given (the console sends its stored nulls).
    email: z.nullable(companyFields.email()),
    organizationalUnit: z.nullable(companyFields.organizationalUnit()),
    companyAddress: z.nullable(companyFields.companyAddress()),
    city: z.nullable(companyFields.city()),
    state: z.nullable(companyFields.state()),
    postalCode: z.nullable(companyFields.postalCode()),
  })
  .strict();
export type ActivationBody = z.input<typeof activationBodySchema>;

/** The console sends its run's id; a value that could not be stored or looked up is refused. */
const requestKey = z.string().max(64).refine(isSingleLineText, UNSTORABLE_TEXT_MESSAGE).optional();

export const reactivationBodySchema = z.object({ productId, reason: z.enum(REACTIVATION_REASONS), requestKey }).strict();
export type ReactivationBody = z.input<typeof reactivationBodySchema>;

export const deactivationBodySchema = z
  .object({ productId, licenseServerId, ...deactivationContactShape, contactPhone: z.nullable(deactivationContactShape.contactPhone) })
  .strict();
export type DeactivationBody = z.input<typeof deactivationBodySchema>;

export const licenseServerIdAnswerSchema = z.object({ licenseServerId: z.string().regex(/^\d{35}$/) });
export const confirmationCodeAnswerSchema = z.object({ confirmationCode: z.string().regex(/^\d{10}$/) });

/** The method the Clearinghouse records for requests on these routes. */
export const AUTOMATIC = CONNECTION_METHOD_VALUES.find((m) => m === "AUTOMATIC")!;
export const CONSOLE_ACTOR = "Console (Automatic connection)";
