// Everything the three Manage CALs pages hold, as the final submit re-validates it: the pages' shapes
// merged, one schema per License Program (the purchase page depends on it).
import { z } from "zod";
import { LICENSE_PROGRAM_VALUES, type LicenseProgram } from "@/lib/licensing/catalog";
import { companyShape, withPhoneCheck } from "./company-schema";
import { installLicenseServerShape, licenseServerShape, purchaseShape, withSourceCheck } from "./schemas";
import type { SiteOption } from "./steps";

function requestSchemaFor(program: LicenseProgram) {
  return withSourceCheck(
    withPhoneCheck(z.object({ ...licenseServerShape, licenseProgram: z.literal(program), ...companyShape, ...purchaseShape(program) })),
  );
}

/** An installation: the same pages but for the reason for recovery, stored as null. */
function installSchemaFor(program: LicenseProgram) {
  return withPhoneCheck(
    z.object({
      ...installLicenseServerShape,
      reasonForRecovery: z.unknown().optional().transform((): null => null),
      // Only a migration (Manage CALs) names a source license server.
      sourceLicenseServerId: z.unknown().optional().transform((): null => null),
      licenseProgram: z.literal(program),
      ...companyShape,
      ...purchaseShape(program),
    }),
  );
}

export const manageCalsSchema = z.discriminatedUnion(
  "licenseProgram",
  LICENSE_PROGRAM_VALUES.map(requestSchemaFor) as [ReturnType<typeof requestSchemaFor>, ...ReturnType<typeof requestSchemaFor>[]],
);

const installCalsSchema = z.discriminatedUnion(
  "licenseProgram",
  LICENSE_PROGRAM_VALUES.map(installSchemaFor) as [ReturnType<typeof installSchemaFor>, ...ReturnType<typeof installSchemaFor>[]],
);

/** The merged schema a draft of `option` is submitted with. */
export function draftRequestSchema(option: SiteOption) {
  return option === "INSTALL_CALS" ? installCalsSchema : manageCalsSchema;
}

export type ManageCalsRequest = z.output<typeof manageCalsSchema> | z.output<typeof installCalsSchema>;
