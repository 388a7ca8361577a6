// Convert RDS CALs: the pages' words and messages, shared by the forms, convert-schemas.ts and the
// Clearinghouse's convert path: plain strings and the one rule of which type a pack converts to, so a form
// importing them ships no zod (docs/decisions/030-forms-on-react-hook-form.md).
import { CAL_TYPES, calType, type CalType } from "@/lib/licensing/catalog";

export const CONVERT_MESSAGES = {
  keypackId: "Select the key pack whose RDS CALs you want to convert",
  noSuchPack: "That key pack is not installed on this license server any more. Select one of the key packs listed.",
  count: "Enter the number of RDS CALs to convert, a whole number of 1 or more",
  noneAvailable: "This key pack has no unissued RDS CALs to convert. Select another key pack.",
  tooMany: (available: number) =>
    `You cannot convert more RDS CALs than the key pack has available: enter a number from 1 to ${available.toLocaleString("en-US")}.`,
  wrongPack: (expected: string) =>
    `This license key pack ID is not the converted key pack this wizard asked for (${expected}). Type the ID the Microsoft Clearinghouse gave for this conversion.`,
} as const;

/** The other type of the same Windows Server version: Per User <-> Per Device. */
export function convertedCalType(from: CalType): CalType {
  const label = calType(from).label;
  const other = CAL_TYPES.find((c) => c.value !== from && c.value.split("_")[0] === from.split("_")[0]);
  if (!other) throw new Error(`No other RDS CAL type for ${label}`);
  return other.value;
}

/** "Windows Server 2022 - RDS Per User CAL" -> "RDS Per Device CAL" and so on, for the pages. */
export function describeConversion(from: CalType, count: number): string {
  return `${count.toLocaleString("en-US")} ${calType(from).label} ${count === 1 ? "license" : "licenses"} to ${calType(convertedCalType(from)).label}`;
}
