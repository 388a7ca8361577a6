"use server";
// Obtain Client License Key Pack's "Use a response file" form (docs/decisions/035-recovery-kit.md): thin, as
// the wizard's other actions (lib/console/wizard-actions.ts): the run must be at this page, the install is
// install-response.ts's, and the run goes where it is after it.
import { fail, zodFieldErrors } from "@/lib/forms/action-result";
import { formState } from "@/lib/forms/form-state";
import { responseFieldSchema } from "@/lib/recovery-kit/format";
import { MANAGE_CALS_ADVANCE } from "../install-key-pack";
import { context, redirectToRun, runAt, type Result } from "../wizard-run";
import { installResponse } from "./install-response";

export async function installResponseFile(serverId: string, input: unknown): Promise<Result> {
  const { server, run, db } = await runAt(serverId, "OBTAIN_KEY_PACK");
  const parsed = responseFieldSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error));
  const outcome = await installResponse(db, server, run.id, parsed.data.response, MANAGE_CALS_ADVANCE);
  switch (outcome.kind) {
    case "invalid":
    case "refused":
      return fail({ response: [outcome.message] });
    case "already-installed": {
      // A second tab or a double click that lost the race: the run moved on, so land where it is.
      const { state } = await context(serverId);
      if (outcome.byThisRun && state && state.step !== "OBTAIN_KEY_PACK") return redirectToRun(serverId, "OBTAIN_KEY_PACK");
      return fail({ response: [outcome.message] });
    }
    default:
      return redirectToRun(serverId, "OBTAIN_KEY_PACK");
  }
}

export const installResponseFileForm = formState(installResponseFile);
