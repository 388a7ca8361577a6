// The contract of the Clearinghouse's JSON routes for the console's Automatic connection (the app's stand-in
// for the Internet, docs/decisions/021-activation-lifecycle.md): POST /api/clearinghouse/activation,
// /reactivation and /deactivation. The routes validate bodies with these schemas; the console's one client
// (lib/console/clearinghouse-client.ts) sends the same shapes and reads answers with the answer schemas.
import { z } from "zod";
import { CONNECTION_METHOD_VALUES, REACTIVATION_REASONS } from "@/lib/licensing/catalog";
import { isCountryCode } from "@/lib/countries/codes";
import { parseLicenseServerId } from "@/lib/licensing/license-server-id";
import { parseProductId } from "@/lib/licensing/product-id";

const productId = z.string().refine((v) => parseProductId(v).ok, "productId must be a valid Product ID").transform((v) => (parseProductId(v) as { value: string }).value);
const licenseServerId = z.string().refine((v) => parseLicenseServerId(v).ok, "licenseServerId must be a valid License Server ID").transform((v) => (parseLicenseServerId(v) as { value: string }).value);
const text = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max).nullable().optional();

export const activationBodySchema = z
  .object({
    productId,
    firstName: text(64),
    lastName: text(64),
    company: text(128),
    countryRegion: z.string().refine(isCountryCode, "countryRegion must be a country or region code"),
    email: optional(254),
    organizationalUnit: optional(128),
    companyAddress: optional(256),
    city: optional(128),
    state: optional(128),
    postalCode: optional(16),
  })
  .strict();
export type ActivationBody = z.input<typeof activationBodySchema>;

export const reactivationBodySchema = z.object({ productId, reason: z.enum(REACTIVATION_REASONS), requestKey: z.string().max(64).optional() }).strict();
export type ReactivationBody = z.input<typeof reactivationBodySchema>;

export const deactivationBodySchema = z
  .object({ productId, licenseServerId, contactName: text(128), contactEmail: z.email().max(254), contactPhone: optional(32) })
  .strict();
export type DeactivationBody = z.input<typeof deactivationBodySchema>;

export const licenseServerIdAnswerSchema = z.object({ licenseServerId: z.string().regex(/^\d{35}$/) });
export const confirmationCodeAnswerSchema = z.object({ confirmationCode: z.string().regex(/^\d{10}$/) });

/** The method the Clearinghouse records for requests on these routes. */
export const AUTOMATIC = CONNECTION_METHOD_VALUES.find((m) => m === "AUTOMATIC")!;
export const CONSOLE_ACTOR = "Console (Automatic connection)";
