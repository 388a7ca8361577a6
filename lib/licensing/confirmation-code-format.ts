// The confirmation code's typing check and messages (confirmation-code.ts has the signing): pure, so the
// console's boxes check it as it is typed.
import { parseLuhnDigits } from "./product-id";

export const CONFIRMATION_CODE_LENGTH = 10;

export type ConfirmationCodeError = "empty" | "characters" | "length" | "checksum";

export const CONFIRMATION_CODE_MESSAGES: Record<ConfirmationCodeError | "not-for-this-server", string> = {
  empty: "Enter the confirmation code",
  characters: "The confirmation code has only digits (0-9)",
  length: "The confirmation code has 10 digits, in 2 groups of 5",
  checksum: "This confirmation code looks mistyped: check each digit against what the Web site or the agent gave you",
  "not-for-this-server":
    "This confirmation code was not given for this license server: check that you deactivated this server's Product ID and License Server ID",
};

/** The typing check alone (the boxes use it as the code is typed). */
export function parseConfirmationCode(input: string): { ok: true; value: string } | { ok: false; error: ConfirmationCodeError } {
  return parseLuhnDigits(input, CONFIRMATION_CODE_LENGTH);
}

export function formatConfirmationCode(compact: string): string {
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
