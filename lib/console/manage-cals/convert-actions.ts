"use server";
// Server actions of Convert RDS CALs (the Manage RDS CALs wizard's third action, docs/decisions/032's worked
// example), declared on the wizard engine (manage-cals/run.ts): Select the Key Pack to Convert saves the pack
// and the count (at most the pack's available RDS CALs); Obtain Client License Key Pack gets the converted
// pack's ID (by Automatic connection from the Clearinghouse, lib/console/clearinghouse-client.ts; by Web
// Browser or Telephone as the person types it) and installs it through convert-mutations.ts, which lowers the
// source pack in the same transaction and closes the run.
import { z } from "zod";
import { continueTo } from "@/lib/forms/continue-to";
import { fail } from "@/lib/forms/action-result";
import { wizardHref } from "../urls";
import { convertKeyPackSchema, readConversionAnswers } from "../convert-schemas";
import { CONVERT_MESSAGES } from "../convert-labels";
import { keyPackIdSchema } from "../wizard-schemas";
import { readKeyPackIdForServer } from "../install-key-pack";
import { KEY_PACK_MESSAGES } from "../key-pack-messages";
import { requestConversion } from "../clearinghouse-client";
import { findConvertiblePack, installConvertedKeyPack } from "./convert-mutations";
import { findInstalledKeyPack } from "./mutations";
import { manageCals } from "./run";
import type { WizardStep } from "./steps";

const { form, advance, redirectToRun } = manageCals;
type Open = Parameters<Parameters<typeof form>[2]["next"]>[0];

/** A conversion's page saves only while the run is an open conversion (nothing is deleted on this route). */
const conversion = (from: readonly WizardStep[]) => ({ from, where: { deletedAt: null, action: "CONVERT" } });

export const selectConvertKeyPackForm = form("selectConvertKeyPack", "CONVERT_KEY_PACK", {
  schema: convertKeyPackSchema,
  next: async (ctx, { keypackId, count }) => {
    const pack = await findConvertiblePack(ctx.db, ctx.server, keypackId);
    if (!pack) return fail({ keypackId: [CONVERT_MESSAGES.noSuchPack] });
    if (pack.available === 0) return fail({ keypackId: [CONVERT_MESSAGES.noneAvailable] });
    if (count > pack.available) return fail({ count: [CONVERT_MESSAGES.tooMany(pack.available)] });
    return advance(ctx, "CONVERT_KEY_PACK", { ...conversion(["CONVERT_KEY_PACK", "CONVERT_OBTAIN_KEY_PACK"]), answers: { keypackId, count } });
  },
});

/** What Select the Key Pack to Convert saved; none (a run from before, a broken row): back to that page. */
function askedOf(serverId: string, answers: unknown): { keypackId: number; count: number } {
  const { keypackId, count } = readConversionAnswers(answers);
  if (keypackId === undefined || count === undefined) continueTo(wizardHref(serverId, "CONVERT_KEY_PACK"));
  return { keypackId, count };
}

/** The install of a checked ID, and what each outcome shows; `field` is where a refusal of the ID goes. */
async function install({ server, run, db }: Open, licenseKeyPackId: string, field: "licenseKeyPackId" | null) {
  const asked = askedOf(server.id, run.answers);
  const decoded = await readKeyPackIdForServer(db, licenseKeyPackId, server);
  const refuse = (message: string) => (field ? fail({ [field]: [message] }) : fail({}, message));
  if (!decoded.ok) return refuse(decoded.message);
  const outcome = await installConvertedKeyPack(db, server, run.id, asked, decoded.value, decoded.payload);
  switch (outcome.kind) {
    case "refused":
      return outcome.field === "count" || !field ? fail({}, outcome.message) : refuse(outcome.message);
    case "already-installed": {
      const existing = await findInstalledKeyPack(db, server.id, decoded.value);
      return refuse(KEY_PACK_MESSAGES.alreadyInstalled(existing?.keypackId));
    }
    case "refused-id":
      return refuse(outcome.message);
    case "converted":
      continueTo(wizardHref(server.id, "CONVERT_COMPLETED"));
    default:
      return redirectToRun(server, "CONVERT_OBTAIN_KEY_PACK");
  }
}

/** Web Browser or Telephone: the ID the web site or the Phone desk gave, typed. */
export const installConvertedKeyPackForm = form("installConvertedKeyPack", "CONVERT_OBTAIN_KEY_PACK", {
  schema: ({ server, run }) => (askedOf(server.id, run.answers), keyPackIdSchema),
  next: (ctx, { licenseKeyPackId }) => install(ctx, licenseKeyPackId, "licenseKeyPackId"),
});

/** Automatic: the console asks the Clearinghouse for the converted pack, then installs it as above. */
export const requestConvertedKeyPackForm = form("requestConvertedKeyPack", "CONVERT_OBTAIN_KEY_PACK", {
  schema: z.preprocess((input) => input ?? {}, z.object({})),
  next: async (ctx) => {
    const { server, run, db } = ctx;
    const asked = askedOf(server.id, run.answers);
    const pack = await findConvertiblePack(db, server, asked.keypackId);
    if (!pack) return fail({}, CONVERT_MESSAGES.noSuchPack);
    if (asked.count > pack.available) return fail({}, CONVERT_MESSAGES.tooMany(pack.available));
    const answer = await requestConversion({ licenseServerId: server.licenseServerId ?? "", sourceLicenseKeyPackId: pack.licenseKeyPackId, count: asked.count });
    if (!answer.ok) return fail({}, answer.message);
    return install(ctx, answer.licenseKeyPackId, null);
  },
});
