// Whether the company on a request is the purchase's customer. Names are compared loosely: case, punctuation
// and the legal form ("Ltd", "Inc.", "GmbH"...) do not count, so "Contoso Ltd" is "CONTOSO, Ltd." and
// "Contoso", while "Fabrikam, Inc." is not "Contoso Ltd". Pure, so the queue, the page and the approval agree.

const LEGAL_FORMS = new Set([
  "ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "corp", "corporation", "co", "company",
  "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "srl", "spa", "oy", "ab", "as", "pty", "kk", "the",
]);

export function companyKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !LEGAL_FORMS.has(word))
    .join(" ");
}

/** True when both name the same company; a missing purchase customer is no mismatch (nothing to compare). */
export function companiesMatch(requestCompany: string, purchaseCustomer: string | null | undefined): boolean {
  if (!purchaseCustomer) return true;
  const a = companyKey(requestCompany);
  const b = companyKey(purchaseCustomer);
  // A name made only of legal forms ("The Company Ltd") keys to nothing: compare the whole names then.
  return a && b ? a === b : requestCompany.trim().toLowerCase() === purchaseCustomer.trim().toLowerCase();
}
