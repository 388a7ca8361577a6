import { describe, expect, it } from "vitest";
import { CROCKFORD_ALPHABET } from "./crockford";
import { spellForTelephone, spokenGroup } from "./phonetic";

describe("reading an ID out on the telephone", () => {
  it("groups by 5 and spells each letter with its word", () => {
    const groups = spellForTelephone("7KD2MABCDE");
    expect(groups).toHaveLength(2);
    expect(spokenGroup(groups[0]!)).toBe("seven Kilo Delta two Mike");
    expect(groups[1]!.map((s) => s.letter)).toEqual([true, true, true, true, true]);
    expect(spokenGroup(groups[1]!)).toBe("Alfa Bravo Charlie Delta Echo");
  });

  it("has a word for every symbol a license key pack ID can hold, and each word starts with its letter", () => {
    expect(spellForTelephone(CROCKFORD_ALPHABET).flat()).toHaveLength(CROCKFORD_ALPHABET.length);
    for (const spoken of spellForTelephone(CROCKFORD_ALPHABET).flat()) {
      expect(spoken.word.length).toBeGreaterThan(1);
      if (spoken.letter) expect(spoken.word[0]).toBe(spoken.symbol);
    }
  });

  it("accepts lower case as typed", () => {
    expect(spellForTelephone("k")[0]![0]).toEqual({ symbol: "K", word: "Kilo", letter: true });
  });
});
