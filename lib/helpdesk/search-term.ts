// What a search in the queue means, decided from its shape: a reference, a License Server ID (35 digits in
// any grouping), a license key pack ID (35 Crockford symbols), an e-mail address, or else the start of a
// company name. Each kind has its own index (docs/decisions/007-helpdesk-queue-search.md).
import { stripSeparators } from "@/lib/licensing/groups";
import { formatGroups } from "@/lib/licensing/groups";
import { normalizeKeyPackIdInput } from "@/lib/licensing/key-pack-id-format";
import { isCrockford } from "@/lib/licensing/crockford";
import { parseReference } from "@/lib/clearinghouse/reference";

export type SearchTerm =
  | { kind: "reference"; value: string }
  | { kind: "licenseServerId"; value: string }
  | { kind: "keyPackId"; value: string }
  | { kind: "email"; value: string }
  | { kind: "company"; value: string };

export function classifySearch(input: string): SearchTerm | null {
  const term = input.trim().replace(/\s+/g, " ");
  if (term === "") return null;
  const reference = parseReference(term);
  if (reference) return { kind: "reference", value: reference };
  const compact = stripSeparators(term);
  if (/^\d{35}$/.test(compact)) return { kind: "licenseServerId", value: compact };
  const keyPack = normalizeKeyPackIdInput(term);
  if (keyPack.length === 35 && isCrockford(keyPack)) return { kind: "keyPackId", value: keyPack };
  if (term.includes("@")) return { kind: "email", value: term.toLowerCase() };
  return { kind: "company", value: term.toLowerCase() };
}

/** One line telling staff how their search was understood. */
export function describeSearch(term: SearchTerm): string {
  switch (term.kind) {
    case "reference":
      return `Reference ${term.value}`;
    case "licenseServerId":
      return `Target License Server ID ${formatGroups(term.value)}`;
    case "keyPackId":
      return `License key pack ID ${formatGroups(term.value)}`;
    case "email":
      return `E-mail address ${term.value}`;
    case "company":
      return `Company name starting with “${term.value}”`;
  }
}
