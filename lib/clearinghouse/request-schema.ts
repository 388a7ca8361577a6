// Everything the three Manage CALs pages hold, as the final submit re-validates it: the pages' shapes
// merged, one schema per License Program (the purchase page depends on it).
import { z } from "zod";
import { LICENSE_PROGRAM_VALUES, type LicenseProgram } from "@/lib/licensing/catalog";
import { companyShape, withPhoneCheck } from "./company-schema";
import { licenseServerShape, purchaseShape, withSourceCheck } from "./schemas";

function requestSchemaFor(program: LicenseProgram) {
  return withSourceCheck(
    withPhoneCheck(z.object({ ...licenseServerShape, licenseProgram: z.literal(program), ...companyShape, ...purchaseShape(program) })),
  );
}

export const manageCalsSchema = z.discriminatedUnion(
  "licenseProgram",
  LICENSE_PROGRAM_VALUES.map(requestSchemaFor) as [ReturnType<typeof requestSchemaFor>, ...ReturnType<typeof requestSchemaFor>[]],
);

export type ManageCalsRequest = z.output<typeof manageCalsSchema>;
