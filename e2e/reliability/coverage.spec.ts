// Every server action of the build is posted with hostile input by one of the specs in this folder: a new
// action fails this test until it is added to one (and to the list below).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";

const FUZZED = [
  // licensing-actions.spec.ts
  "startManageCals", "saveLicenseServerStep", "saveCompanyStep", "savePurchaseStep", "submitManageCals", "requestAnotherKeyPack", "lookupRequestStatus",
  // console-actions.spec.ts
  "startRebuild", "selectAction", "selectReason", "confirmDeletion", "continueToObtain", "installKeyPack", "chooseAfterInstall", "cancelWizard", "saveProperties",
  "startPracticeRebuild", "resetPractice",
  // report-actions.spec.ts
  "createCalUsageReport", "deleteCalUsageReport",
  "selectMigrateReason", "saveMigrateSource", "confirmMigrateReminder", "installMigrationKeyPack", "removeMigratedCals",
  "startInstallLicenses", "installLicensesKeyPack", "selectInstallProgram", "saveLicenseInformation", "requestAndInstallLicenses", "cancelInstallLicenses",
  // helpdesk-actions.spec.ts
  "approveRequest", "rejectRequest", "addNote", "assignRequest", "releaseRequest", "addEntitlement", "changeEntitlementQuantity", "importEntitlements",
  "createStaff", "deactivateStaff", "reactivateStaff", "resetStaffPassword", "signIn", "signOut", "takeCall",
  // lifecycle-actions.spec.ts
  "startLifecycleWizard", "saveLifecycleConnectionMethod", "saveActivationCompany", "saveActivationOptional", "saveReactivationReason",
  "saveDeactivationContact", "enterLicenseServerId", "enterConfirmationCode", "finishLifecycleWizard", "cancelLifecycleWizard",
  "selectOption", "saveFlowDetails", "saveFlowCompany", "saveFlowContact", "submitServerFlow", "startAnotherServerFlow",
];

test("every server action of the build is fuzzed by a reliability spec", () => {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  const actions = [...new Set(Object.values(manifest.node).map((entry) => entry.exportedName ?? "?"))].sort();
  // A form's action (`xForm`, lib/forms/form-state.ts's formState of `x`) is posted by the specs that post `x`:
  // support/action-protocol.ts's resolveAction takes it when the build has no `x` of its own.
  const fuzzed = (name: string) => FUZZED.includes(name) || FUZZED.includes(name.replace(/Form$/, ""));
  expect(actions.filter((name) => !fuzzed(name)), "server actions no reliability spec posts").toEqual([]);
});
