// Reading an ID out on the telephone: group by group, each letter with its word of the ICAO/NATO spelling
// alphabet, so "B" is never heard as "D" or "E". The phone desk shows this beside the ID it reads back.
import { toGroups } from "./groups";

const WORDS: Record<string, string> = {
  A: "Alfa", B: "Bravo", C: "Charlie", D: "Delta", E: "Echo", F: "Foxtrot", G: "Golf", H: "Hotel", I: "India",
  J: "Juliett", K: "Kilo", L: "Lima", M: "Mike", N: "November", O: "Oscar", P: "Papa", Q: "Quebec", R: "Romeo",
  S: "Sierra", T: "Tango", U: "Uniform", V: "Victor", W: "Whiskey", X: "X-ray", Y: "Yankee", Z: "Zulu",
};

const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

export interface SpokenSymbol {
  symbol: string;
  /** "Kilo" for K, "seven" for 7. */
  word: string;
  letter: boolean;
}

/** One entry per group of 5, each symbol with the word to say for it. */
export function spellForTelephone(compact: string): SpokenSymbol[][] {
  return toGroups(compact.toUpperCase()).map((group) =>
    [...group].map((symbol) => {
      const letter = /[A-Z]/.test(symbol);
      return { symbol, letter, word: letter ? WORDS[symbol]! : (DIGITS[Number(symbol)] ?? symbol) };
    }),
  );
}

/** "Kilo seven Delta two Mike": a group as it is read out. */
export function spokenGroup(group: readonly SpokenSymbol[]): string {
  return group.map((s) => s.word).join(" ");
}
