// The Install Licenses Wizard's addresses (/console/servers/<id>/install-licenses/<slug>).
import { wizardKindHref } from "./wizard-kinds";
import { installStepInfo, type InstallStep } from "./install-licenses-steps";

export function installLicensesHref(serverId: string, step?: InstallStep): string {
  const base = wizardKindHref(serverId, "INSTALL_LICENSES");
  return step ? `${base}/${installStepInfo(step).slug}` : base;
}
