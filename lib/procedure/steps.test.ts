import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROCEDURE_STEPS, PROCEDURE_TITLE } from "./steps";
import { STEP_COUNT } from "./location";

// The source document the steps follow.
const seed = readFileSync(path.resolve(import.meta.dirname, "../../docs/procedure-source.txt"), "utf8").replace(/\s+/g, " ");

describe("the procedure", () => {
  it("has the 19 numbered steps in order", () => {
    expect(PROCEDURE_STEPS.map((s) => s.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it("has as many steps as the header's counter says (location.ts writes the count down)", () => {
    expect(STEP_COUNT).toBe(PROCEDURE_STEPS.length);
  });

  it("uses the document's words", () => {
    expect(seed).toContain(PROCEDURE_TITLE);
    // Steps whose text is one sentence of the document, taken as is.
    for (const n of [1, 3, 4, 5, 6, 7, 8, 10, 16, 17, 18]) {
      const step = PROCEDURE_STEPS[n - 1]!;
      const firstSentence = step.text.split(". ")[0]!;
      expect(seed, `step ${n}`).toContain(firstSentence);
    }
  });
});
