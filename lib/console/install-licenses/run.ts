// The Install Licenses Wizard on the engine's action plumbing (lib/console/wizard-engine/actions.ts): its
// read (queries.ts), table (steps.ts) and addresses. Not a "use server" module, so none of this is callable
// from a browser.
import "server-only";
import { wizardRunner } from "../wizard-engine/actions";
import { getInstallContext } from "./queries";
import { installLicensesHref } from "./urls";
import { INSTALL_LICENSES, type InstallStep } from "./steps";

export const installLicenses = wizardRunner({ wizard: INSTALL_LICENSES, load: getInstallContext, href: (serverId, step: InstallStep) => installLicensesHref(serverId, step) });
