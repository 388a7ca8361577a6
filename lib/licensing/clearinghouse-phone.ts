// The telephone number the console shows for the Clearinghouse, by the country or region chosen on the
// Connection Method page. Every number is fictional, taken from ranges reserved for examples and drama
// (North America's 555-0100 to 555-0199, the UK's 01632 960xxx, Australia's (02) 5550 xxxx), never a real
// support line; countries without such a range are sent to the international line. One source for the
// console's pages, the procedures and the helpdesk's phone desk.

export interface ClearinghousePhone {
  /** As dialled from anywhere, e.g. "+1 555-0142". */
  number: string;
  /** "(international line)" when the country has no line of its own. */
  note: string | null;
}

/** Countries of the North American Numbering Plan with a line of their own (the last two digits differ). */
const NANP: Record<string, string> = { US: "0142", CA: "0143", PR: "0144", JM: "0145", BS: "0146", TT: "0147" };

export const INTERNATIONAL_LINE: ClearinghousePhone = { number: "+1 555-0100", note: "(international line)" };

export function clearinghousePhone(countryCode: string | null | undefined): ClearinghousePhone {
  const code = (countryCode ?? "").toUpperCase();
  if (NANP[code]) return { number: `+1 555-${NANP[code]}`, note: null };
  if (code === "GB" || code === "IM" || code === "JE" || code === "GG") return { number: "+44 1632 960142", note: null };
  if (code === "AU") return { number: "+61 2 5550 0142", note: null };
  return INTERNATIONAL_LINE;
}

/** Whether `number` is one of ours: every number shown must come from a reserved fictional range. */
export function isFictionalNumber(number: string): boolean {
  const digits = number.replace(/\D/g, "");
  return /^155501\d\d$/.test(digits) || /^441632960\d{3}$/.test(digits) || /^6125550\d{4}$/.test(digits);
}
