// The app's shortcuts beside the procedure's steps (not the document's words): the recovery kit replaces the
// rebuild's steps 9 to 19, repeated per key pack, by one file taken each way (docs/decisions/035-recovery-kit.md).
import type { ProcedureId } from "./catalog";

export const RECOVERY_KIT_SHORTCUT =
  "Shortcut: with a recovery kit (made on Confirm Deletion of RDS CALs, or Action → Recovery Kit), steps 9 to 19 are done once for every key pack: on the Web site select Use a recovery kit and give it the kit, then on Obtain Client License Key Pack choose the response file under Use a response file.";

/** The shortcut shown beside step `number` of `procedure`, or null. */
export function procedureShortcut(procedure: ProcedureId, number: number): string | null {
  return procedure === "rebuild-web" && number >= 9 && number <= 19 ? RECOVERY_KIT_SHORTCUT : null;
}
