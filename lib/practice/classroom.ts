// The classroom's rules (issue 31, docs/decisions/036-classroom.md): join codes, the forms' schemas and the
// score of a run. Pure: lib/practice/classroom-store.ts reads and writes, the pages show.
import { z } from "zod";
import type { FieldErrors } from "@/lib/forms/action-result";
import { checkbox } from "@/lib/forms/checkbox";
import { requiredText } from "@/lib/forms/text";
import { CROCKFORD_ALPHABET } from "@/lib/licensing/crockford";
import { randomString } from "@/lib/licensing/random";
import { SCENARIO_IDS, type ScenarioId } from "./scenarios";

const JOIN_CODE_LENGTH = 8;

/** A new join code: 8 symbols of the Crockford alphabet (40 bits; joining is limited per address). */
export function newJoinCode(): string {
  return randomString(CROCKFORD_ALPHABET, JOIN_CODE_LENGTH);
}

/** What a person typed as a join code, as stored: upper case, no spaces or dashes, O read as 0 and I/L as 1. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

const JOIN_CODE_SHAPE = new RegExp(`^[${CROCKFORD_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
export const JOIN_CODE_MESSAGE = `Enter the ${JOIN_CODE_LENGTH}-character class code your trainer gave you`;

export const joinClassSchema = z.object({
  code: z
    .string(JOIN_CODE_MESSAGE)
    .transform(normalizeJoinCode)
    .refine((code) => JOIN_CODE_SHAPE.test(code), JOIN_CODE_MESSAGE),
  displayName: requiredText("name to show your trainer", 60, "Enter the name to show your trainer"),
});

/** The class form: a name and the scenarios, one check box each (named by scenario id). */
export const createClassSchema = z
  .object({
    /** Made by the page and carried: the new class's id, so a second post of the same form makes no second class. */
    requestId: z.uuid("Reload the page and try again"),
    name: requiredText("class name", 100),
    ...(Object.fromEntries(SCENARIO_IDS.map((id) => [id, checkbox])) as Record<ScenarioId, typeof checkbox>),
  })
  .refine((v) => SCENARIO_IDS.some((id) => v[id]), { message: "Choose at least one scenario", path: ["rebuild-database"] });

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
