// The Install Licenses Wizard's addresses (/console/servers/<id>/install-licenses/<slug>).
import { wizardKindHref } from "../wizard-kinds";
import { INSTALL_LICENSES, type InstallStep } from "./steps";

export function installLicensesHref(serverId: string, step?: InstallStep): string {
  const base = wizardKindHref(serverId, "INSTALL_LICENSES");
  return step ? `${base}/${INSTALL_LICENSES.slugOf(step)}` : base;
}
