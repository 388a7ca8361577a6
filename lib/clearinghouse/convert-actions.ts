"use server";
// The web site's Convert RDS CALs page (app/(clearinghouse)/licensing/convert): a person whose license server
// uses the Web Browser connection method types the License Server ID, the license key pack ID of the pack
// to convert and the count, and gets the converted pack's license key pack ID to type into the console.
// Public, with the same per-address limit as a new request; the issue is convert-key-pack.ts's.
import { formAction } from "@/lib/actions/client";
import { publicAccess } from "@/lib/actions/guards";
import { getDb } from "@/lib/db";
import { fail, ok, type ActionResult } from "@/lib/forms/action-result";
import { conversionDescription, conversionFields, issueConversion } from "./convert-key-pack";

export const convertKeyPackOnSiteForm = formAction(
  { name: "convertKeyPackOnSite", guard: publicAccess, schema: conversionFields, limit: "new-draft" },
  async ({ input }): Promise<ActionResult<{ licenseKeyPackId: string; description: string }>> => {
    const outcome = await issueConversion(await getDb(), input, "Web site visitor");
    if (outcome.kind === "refused") return fail({ [outcome.field]: [outcome.message] });
    return ok({ licenseKeyPackId: outcome.licenseKeyPackId, description: conversionDescription(outcome) });
  },
);
