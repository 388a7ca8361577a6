"use server";
// Obtain Client License Key Pack's "Use a response file" form (docs/decisions/035-recovery-kit.md), a page
// action of the Manage RDS CALs wizard on the engine (manage-cals/run.ts, lib/console/wizard-engine/actions.ts)
// and through it on the action client: the guard (a server this browser may see), the form's schema, the
// run's check (it must be at this page); the install is install-response.ts's, then the run goes where it is.
import { fail } from "@/lib/forms/action-result";
import { responseFieldSchema } from "@/lib/recovery-kit/fields";
import { MANAGE_CALS_ADVANCE } from "../install-key-pack";
import { manageCals } from "../manage-cals/run";
import { installResponse } from "./install-response";

const { context, redirectToRun, form } = manageCals;

export const installResponseFileForm = form("installResponseFile", "OBTAIN_KEY_PACK", {
  schema: responseFieldSchema,
  next: async ({ server, run, db }, { response }) => {
    const outcome = await installResponse(db, server, run.id, response, MANAGE_CALS_ADVANCE);
    switch (outcome.kind) {
      case "invalid":
      case "refused":
        return fail({ response: [outcome.message] });
      case "already-installed": {
        // A second tab or a double click that lost the race: the run moved on, so land where it is.
        const { state } = await context(server);
        if (outcome.byThisRun && state && state.step !== "OBTAIN_KEY_PACK") return redirectToRun(server, "OBTAIN_KEY_PACK");
        return fail({ response: [outcome.message] });
      }
      default:
        return redirectToRun(server, "OBTAIN_KEY_PACK");
    }
  },
});
