// The procedures the Procedure panel offers, by id, with their step counts and nothing else: every page's
// header counter reads this, so the steps' text stays in the panel's own chunk (lib/procedure/library.ts;
// lib/procedure/library.test.ts checks the counts against the texts).

export const PROCEDURE_IDS = [
  "rebuild-web",
  "rebuild-telephone",
  "activate-web",
  "activate-telephone",
  "install-web",
  "install-telephone",
  "migrate-web",
  "reactivate",
  "deactivate",
  "revoke",
  "convert",
] as const;

export type ProcedureId = (typeof PROCEDURE_IDS)[number];

export const DEFAULT_PROCEDURE: ProcedureId = "rebuild-web";

export const STEP_COUNTS: Record<ProcedureId, number> = {
  "rebuild-web": 19,
  "activate-web": 10,
  "activate-telephone": 7,
  "install-web": 12,
  reactivate: 7,
  deactivate: 7,
  "migrate-web": 16,
  "rebuild-telephone": 12,
  "install-telephone": 8,
  revoke: 4,
  convert: 9,
};

export function isProcedureId(value: unknown): value is ProcedureId {
  return typeof value === "string" && (PROCEDURE_IDS as readonly string[]).includes(value);
}
