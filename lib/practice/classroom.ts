// The classroom's rules (issue 31, docs/decisions/036-classroom.md): join codes, the forms' schemas
// (classroom-schemas.ts) and the score of a run. Pure: lib/practice/classroom-store.ts reads and writes, the pages show.
import type * as z from "zod/mini";
import type { FieldErrors } from "@/lib/forms/action-result";
import { CROCKFORD_ALPHABET } from "@/lib/licensing/crockford";
import { randomString } from "@/lib/licensing/random";
import { createClassSchema, JOIN_CODE_LENGTH } from "./classroom-schemas";
import { SCENARIO_IDS, type ScenarioId } from "./scenarios";

// The forms' schemas live in classroom-schemas.ts (zod/mini: the forms load them in the browser).
export { createClassSchema, joinClassSchema, JOIN_CODE_MESSAGE, normalizeJoinCode } from "./classroom-schemas";

/** A new join code: 8 symbols of the Crockford alphabet (40 bits; joining is limited per address). */
export function newJoinCode(): string {
  return randomString(CROCKFORD_ALPHABET, JOIN_CODE_LENGTH);
}

export function chosenScenarios(input: z.output<typeof createClassSchema>): ScenarioId[] {
  return SCENARIO_IDS.filter((id) => input[id]);
}

/** How a run went, from its records: the goal reached or not, the time, the refused mistakes, the hints. */
export interface RunRecord {
  startedAt: Date;
  reachedAt: Date | null;
  mistakes: number;
  hints: number;
}

export const SCORE_RULE = "100 for reaching the goal, less 5 for each mistake the app refused (on the server, or caught by the form in the browser) and 3 for each hint, never below 10; 0 until the goal is reached.";

export function scoreRun(run: RunRecord): { finished: boolean; score: number; minutes: number | null } {
  const finished = run.reachedAt !== null;
  const minutes = run.reachedAt ? Math.max(0, Math.round((run.reachedAt.getTime() - run.startedAt.getTime()) / 60_000)) : null;
  const score = finished ? Math.max(10, 100 - 5 * run.mistakes - 3 * run.hints) : 0;
  return { finished, score, minutes };
}

/** What the trainee was told, as the trainer reads it: the form's message and each field's first, once each. */
export function describeRefusal(fieldErrors: FieldErrors, formError?: string): string {
  const messages = Object.values(fieldErrors).flatMap((list) => (list ?? []).slice(0, 1));
  return [...new Set([formError, ...messages].filter(Boolean))].join(" · ") || "Refused";
}
