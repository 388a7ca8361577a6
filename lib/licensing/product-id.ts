// Product ID (ours, ../DOMAIN facts in docs/decisions/019-activation-ids.md): 20 digits shown as 4 groups of 5,
// the last digit a Luhn check digit over the first 19, so a mistyped digit or most swaps of neighbours are
// caught as it is typed. Each license server has one from the start; activation binds a License Server ID to it.
import { randomDigits } from "./random";

export const PRODUCT_ID_LENGTH = 20;
const PRODUCT_ID_GROUP_SIZE = 5;

export type ProductIdError = "empty" | "characters" | "length" | "checksum";

export type ProductIdResult = { ok: true; value: string } | { ok: false; error: ProductIdError };

export const PRODUCT_ID_MESSAGES: Record<ProductIdError, string> = {
  empty: "Enter the Product ID",
  characters: "The Product ID has only digits (0-9)",
  length: "The Product ID has 20 digits, in 4 groups of 5",
  checksum: "This Product ID looks mistyped: check each group against the License Server Activation page",
};

/** The Luhn check digit to append to `digits`. */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  // From the right, every second digit of the payload (the first one next to the check digit) is doubled.
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function generateProductId(random: (count: number) => string = randomDigits): string {
  const payload = random(PRODUCT_ID_LENGTH - 1);
  return payload + luhnCheckDigit(payload);
}

export function parseProductId(input: string): ProductIdResult {
  return parseLuhnDigits(input, PRODUCT_ID_LENGTH);
}

/** `length` digits (separators between groups ignored) whose last is the Luhn check digit of the others. */
export function parseLuhnDigits(input: string, length: number): ProductIdResult {
  const compact = input.replace(/[\s\-–—_.]/g, "");
  if (compact === "") return { ok: false, error: "empty" };
  if (!/^\d+$/.test(compact)) return { ok: false, error: "characters" };
  if (compact.length !== length) return { ok: false, error: "length" };
  if (luhnCheckDigit(compact.slice(0, -1)) !== compact.slice(-1)) return { ok: false, error: "checksum" };
  return { ok: true, value: compact };
}

/** "12345-67890-12345-67890". */
export function formatProductId(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += PRODUCT_ID_GROUP_SIZE) groups.push(compact.slice(i, i + PRODUCT_ID_GROUP_SIZE));
  return groups.join("-");
}
