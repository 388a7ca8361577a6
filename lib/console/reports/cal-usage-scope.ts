// Create Report → CAL Usage: the scopes and how a Per User CAL's "Issued To" name falls into one. Pure (no zod,
// so the form can import the labels). The report's SQL (cal-usage-report.ts, `scopeCondition`) applies the
// same rule to the rows; cal-usage-report.db.test.ts runs SCOPE_CASES through both, so they cannot drift.
// Why the rule is this one: docs/decisions/022-cal-usage-report.md.
//
// - All trusted domains: every Per User CAL the server issued.
// - Domain: the name's domain is the NetBIOS prefix of a down-level name ("CONTOSO\alice") or the suffix of a
//   user principal name ("alice@contoso.com"). It matches the domain asked for when they are equal (letter
//   case aside), or when one is a NetBIOS name (no dot) equal to the first label of the other (CONTOSO and
//   contoso.com: a domain's NetBIOS name is its first DNS label unless its administrator chose another).
// - Organizational unit: asked for as a distinguished name (OU=Sales,DC=contoso,DC=com); a CAL is in it when
//   its user's distinguished name (IssuedCal.distinguishedName, as the directory had it at issue, stored by
//   normaliseDn) is inside
//   that OU or an OU under it. A CAL without one cannot be tied to an OU and is in no OU's report.

export const CAL_USAGE_SCOPES = [
  { value: "ALL_TRUSTED_DOMAINS", label: "All trusted domains" },
  { value: "DOMAIN", label: "Domain" },
  { value: "ORGANIZATIONAL_UNIT", label: "Organizational unit" },
] as const;
export type CalUsageScopeKind = (typeof CAL_USAGE_SCOPES)[number]["value"];
export const CAL_USAGE_SCOPE_VALUES = CAL_USAGE_SCOPES.map((s) => s.value) as [CalUsageScopeKind, ...CalUsageScopeKind[]];

export type CalUsageScope = { kind: "ALL_TRUSTED_DOMAINS"; value: null } | { kind: "DOMAIN" | "ORGANIZATIONAL_UNIT"; value: string };

export const NOT_TRACKED_IN_WORKGROUP =
  "This license server is in a workgroup, not a domain. Per User CALs are not tracked in a workgroup: the license server cannot look the users up in a directory, so it cannot say who holds them, and no CAL Usage report can be created.";

/**
 * A domain or organizational unit no Per User CAL of the server names (docs/decisions/037): we have no
 * directory, so "unknown" means unknown to this license server. `known` are names it does know that may be
 * what was meant: the OUs of the same name elsewhere in the tree, or the domains its CALs name.
 */
export function unknownScopeMessage(scope: { kind: "DOMAIN" | "ORGANIZATIONAL_UNIT"; value: string }, known: readonly string[]): string {
  const list = known.length ? known.join(", ") : "";
  if (scope.kind === "DOMAIN") {
    return `No Per User CAL of this license server was issued to a user of the domain ${scope.value}, so the domain is not known here.${list ? ` Its Per User CALs name users of ${list}.` : ""}`;
  }
  return `No Per User CAL of this license server was issued to a user in ${scope.value}, so the organizational unit is not known here.${list ? ` Did you mean ${list}?` : " Type the whole path of the OU, every OU= part from the innermost out."}`;
}

/** The innermost part of an organizational unit's distinguished name ("OU=Sales" of "OU=Sales,DC=contoso,DC=com"). */
export function innermostOu(ou: string): string {
  return ou.split(",")[0]!;
}

export function scopeLabel(scope: { kind: CalUsageScopeKind; value: string | null }): string {
  const label = CAL_USAGE_SCOPES.find((s) => s.value === scope.kind)!.label;
  return scope.value ? `${label}: ${scope.value}` : label;
}

const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const DOMAIN_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

/** A NetBIOS domain name (up to 15 characters, no dot) or a DNS domain name, as typed; null if neither. */
export function parseDomain(text: string): string | null {
  const value = text.trim();
  if (!DOMAIN_NAME.test(value) || value.length > 253) return null;
  if (!value.includes(".") && value.length > 15) return null;
  // NetBIOS names are written in capitals, DNS names in small letters, as Windows shows them.
  return value.includes(".") ? value.toLowerCase() : value.toUpperCase();
}

// Characters a relative distinguished name's value would have to escape; we accept none of them.
const SPECIAL = /[,=+"\\<>;#\u0000-\u001F]/;

/**
 * An organizational unit's distinguished name: one or more OU= parts, then one or more DC= parts
 * ("OU=Sales, ou=Staff,DC=contoso,DC=com" → "OU=Sales,OU=Staff,DC=contoso,DC=com"); null if malformed.
 */
export function parseOrganizationalUnit(text: string): string | null {
  const parts = text.trim().split(",");
  const rdns: { type: string; value: string }[] = [];
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq < 0) return null;
    const type = part.slice(0, eq).trim().toUpperCase();
    const value = part.slice(eq + 1).trim();
    if ((type !== "OU" && type !== "DC") || !value || SPECIAL.test(value) || value.length > 64) return null;
    rdns.push({ type, value });
  }
  const firstDc = rdns.findIndex((r) => r.type === "DC");
  if (firstDc < 1 || rdns.slice(firstDc).some((r) => r.type !== "DC")) return null;
  if (rdns.slice(firstDc).some((r) => !DOMAIN_NAME.test(r.value))) return null;
  return rdns.map((r) => `${r.type}=${r.value}`).join(",");
}

/** The domain a Per User CAL's name carries, in small letters: NetBIOS prefix or UPN suffix; null if none. */
export function domainOfName(issuedTo: string): string | null {
  const slash = issuedTo.indexOf("\\");
  if (slash > 0) return issuedTo.slice(0, slash).toLowerCase();
  const at = issuedTo.lastIndexOf("@");
  return at >= 0 ? issuedTo.slice(at + 1).toLowerCase() : null;
}

function domainMatches(asked: string, name: string | null): boolean {
  if (name === null) return false;
  const a = asked.toLowerCase();
  const firstLabel = (d: string) => d.split(".")[0];
  return a === name || (!a.includes(".") && a === firstLabel(name)) || (!name.includes(".") && name === firstLabel(a));
}

/**
 * A distinguished name as IssuedCal.distinguishedName stores it: no spaces around "," and "=", the way a
 * directory writes it ("cn=Alice , ou=Sales" → "cn=Alice,ou=Sales"), so the report's SQL compares with lower() alone.
 */
export function normaliseDn(dn: string): string {
  return dn.trim().replace(/ *([,=]) */g, "$1");
}

export function inScope(cal: { issuedTo: string; distinguishedName: string | null }, scope: CalUsageScope): boolean {
  switch (scope.kind) {
    case "ALL_TRUSTED_DOMAINS":
      return true;
    case "DOMAIN":
      return domainMatches(scope.value, domainOfName(cal.issuedTo));
    case "ORGANIZATIONAL_UNIT":
      return cal.distinguishedName !== null && cal.distinguishedName.toLowerCase().endsWith(`,${scope.value.toLowerCase()}`);
  }
}

/** The rule's cases, for the unit test (inScope) and the db test (the report's SQL): [name, DN, scope, in?]. */
export const SCOPE_CASES: readonly [string, string | null, CalUsageScope, boolean][] = [
  ["CONTOSO\\alice", null, { kind: "ALL_TRUSTED_DOMAINS", value: null }, true],
  ["alice", null, { kind: "ALL_TRUSTED_DOMAINS", value: null }, true],
  ["CONTOSO\\alice", null, { kind: "DOMAIN", value: "CONTOSO" }, true],
  ["contoso\\alice", null, { kind: "DOMAIN", value: "CONTOSO" }, true],
  ["CONTOSO\\alice", null, { kind: "DOMAIN", value: "contoso.com" }, true],
  ["alice@contoso.com", null, { kind: "DOMAIN", value: "contoso.com" }, true],
  ["alice@Contoso.COM", null, { kind: "DOMAIN", value: "CONTOSO" }, true],
  ["alice@contoso.com", null, { kind: "DOMAIN", value: "contoso.org" }, false],
  ["FABRIKAM\\bob", null, { kind: "DOMAIN", value: "CONTOSO" }, false],
  ["CONTOSOLTD\\bob", null, { kind: "DOMAIN", value: "CONTOSO" }, false],
  ["bob@sub.contoso.com", null, { kind: "DOMAIN", value: "contoso.com" }, false],
  ["alice", null, { kind: "DOMAIN", value: "CONTOSO" }, false],
  ["\\alice", null, { kind: "DOMAIN", value: "CONTOSO" }, false],
  ["CONTOSO\\alice", "CN=Alice,OU=Sales,DC=contoso,DC=com", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, true],
  ["CONTOSO\\alice", "cn=Alice,ou=sales,dc=CONTOSO,dc=com", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, true],
  ["CONTOSO\\erin", "CN=Erin,OU=East,OU=Sales,DC=contoso,DC=com", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, true],
  ["CONTOSO\\carol", "CN=Carol,OU=Presales,DC=contoso,DC=com", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, false],
  ["CONTOSO\\dave", "CN=Dave,OU=Sales,DC=contoso,DC=org", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, false],
  ["CONTOSO\\frank", null, { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, false],
  ["CONTOSO\\gina", "OU=Sales,DC=contoso,DC=com", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, false],
  ["CONTOSO\\%", "CN=%,OU=S_les,DC=contoso,DC=com", { kind: "ORGANIZATIONAL_UNIT", value: "OU=Sales,DC=contoso,DC=com" }, false],
];
