// The Manage RDS CALs wizard on the engine's action plumbing (lib/console/wizard-engine/actions.ts): its read
// (the server and its open run, queries.ts), its table (steps.ts) and its addresses. The rebuild's actions
// (actions.ts) and the migration's (migrate-actions.ts) declare their pages with it. Not a "use server"
// module, so none of this is callable from a browser.
import "server-only";
import { wizardRunner } from "../wizard-engine/actions";
import { getWizardContext } from "../queries";
import { wizardHref } from "../urls";
import { MANAGE_CALS } from "./steps";

export const manageCals = wizardRunner({ wizard: MANAGE_CALS, load: getWizardContext, href: wizardHref });
