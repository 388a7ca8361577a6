// The classroom's two forms' schemas (join a class, create a class), in zod/mini with small modules only:
// the forms load them after the page to check in the browser, and the actions (classroom-actions.ts) parse
// the post with them (docs/decisions/030-forms-on-react-hook-form.md).
import * as z from "zod/mini";
import { checkbox } from "@/lib/forms/checkbox";
import { requiredText } from "@/lib/forms/text";
import { CROCKFORD_ALPHABET } from "@/lib/licensing/crockford";
import { SCENARIO_IDS, type ScenarioId } from "./scenarios";

export const JOIN_CODE_LENGTH = 8;

/** What a person typed as a join code, as stored: upper case, no spaces or dashes, O read as 0 and I/L as 1. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

const JOIN_CODE_SHAPE = new RegExp(`^[${CROCKFORD_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
export const JOIN_CODE_MESSAGE = `Enter the ${JOIN_CODE_LENGTH}-character class code your trainer gave you`;

export const joinClassSchema = z.object({
  code: z.pipe(z.string(JOIN_CODE_MESSAGE), z.transform(normalizeJoinCode).check(z.refine((code: string) => JOIN_CODE_SHAPE.test(code), JOIN_CODE_MESSAGE))),
  displayName: requiredText("name to show your trainer", 60, "Enter the name to show your trainer"),
});

/** The class form: a name and the scenarios, one check box each (named by scenario id). */
export const createClassSchema = z.object({
  /** Made by the page and carried: the new class's id, so a second post of the same form makes no second class. */
  requestId: z.uuid("Reload the page and try again"),
  name: requiredText("class name", 100),
  ...(Object.fromEntries(SCENARIO_IDS.map((id) => [id, checkbox])) as Record<ScenarioId, typeof checkbox>),
}).check(
  z.refine((v) => SCENARIO_IDS.some((id) => v[id]), {
    message: "Choose at least one scenario",
    path: [SCENARIO_IDS[0]],
    // Shown with the name's error, every error at once.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  }),
);
