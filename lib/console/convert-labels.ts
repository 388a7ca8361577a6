// Convert RDS CALs: the console pages' words and messages, shared by the forms and convert-schemas.ts: plain
// strings, so a form importing them ships no zod (docs/decisions/030-forms-on-react-hook-form.md). Which type a
// pack converts to is the catalog's (lib/licensing/catalog.ts, convertedCalType).
import { calType, convertedCalType, type CalType } from "@/lib/licensing/catalog";

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

/** "20 Windows Server 2022 - RDS Per User CAL licenses to Windows Server 2022 - RDS Per Device CAL", for the pages. */
export function describeConversion(from: CalType, count: number): string {
  return `${count.toLocaleString("en-US")} ${calType(from).label} ${count === 1 ? "license" : "licenses"} to ${calType(convertedCalType(from)).label}`;
}
