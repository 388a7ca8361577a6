// Reading a saved CAL Usage report back (CalUsageReport.totals, CalUsageHolderPage.holders), on the server
// only. Kept out of the form's schema module (report-schemas.ts), which the browser loads, so the browser's
// zod needs none of the members used here (docs/decisions/040).
import * as z from "zod/mini";
import { CAL_TYPE_VALUES } from "@/lib/licensing/catalog";

const calUsageTotalsSchema = z.array(z.object({ calType: z.enum(CAL_TYPE_VALUES), installed: z.int(), issued: z.int() }));
export type CalUsageTotals = z.infer<typeof calUsageTotalsSchema>;

/** A stored report's totals, or none if the value is not of this shape. */
export function parseCalUsageTotals(value: unknown): CalUsageTotals {
  const parsed = calUsageTotalsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** A row of CalUsageHolderPage.holders: [issuedTo, calType, keypackId, issuedOn ms, expiresOn ms | null]. */
const holderPageSchema = z.array(z.tuple([z.string(), z.enum(CAL_TYPE_VALUES), z.int(), z.number(), z.nullable(z.number())]));

export interface CalUsageHolder {
  position: number;
  issuedTo: string;
  calType: (typeof CAL_TYPE_VALUES)[number];
  keypackId: number;
  issuedOn: Date;
  expiresOn: Date | null;
}

/** A stored page of holders as rows; `first` is the position of its first holder. */
export function parseHolderPage(value: unknown, first: number): CalUsageHolder[] {
  const parsed = holderPageSchema.safeParse(value);
  if (!parsed.success) return [];
  return parsed.data.map(([issuedTo, calType, keypackId, issuedOn, expiresOn], i) => ({
    position: first + i,
    issuedTo,
    calType,
    keypackId,
    issuedOn: new Date(issuedOn),
    expiresOn: expiresOn === null ? null : new Date(expiresOn),
  }));
}
