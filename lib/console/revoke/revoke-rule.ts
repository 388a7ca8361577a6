// Revoke License's limit (docs/decisions/037-console-revoke-connect-powershell.md), pure: at most 20% of the
// RDS Per Device CALs of one version installed on a license server may stand revoked at any time. A revocation
// stands until the revoked CAL would have expired (the device had to come back for a new one by then anyway),
// or STANDS_WITHOUT_EXPIRY_DAYS after it was revoked if the CAL had no expiry date. The real tool's window is
// not documented; this one is ours.
import { calType, type CalType } from "@/lib/licensing/catalog";

export const STANDS_WITHOUT_EXPIRY_DAYS = 89;
const DAY_MS = 86_400_000;

/** How many Per Device CALs of a version may stand revoked: 20% of those installed, rounded down. */
export function revocationLimit(installedOfVersion: number): number {
  return Math.floor(Math.max(0, installedOfVersion) / 5);
}

/** Until when a revocation made `now` counts against the limit. */
export function revocationStandsUntil(cal: { expiresOn: Date | null }, now: Date): Date {
  if (cal.expiresOn && cal.expiresOn > now) return cal.expiresOn;
  return cal.expiresOn ? now : new Date(now.getTime() + STANDS_WITHOUT_EXPIRY_DAYS * DAY_MS);
}

export interface RevocationAllowance {
  /** Per Device CALs of the version installed on the server. */
  installed: number;
  limit: number;
  /** Revocations of the version standing now. */
  standing: number;
  /** How many more may be revoked now (WMI's RevokableCals). */
  remaining: number;
  /** When remaining is 0: the first moment one more is allowed (WMI's NextRevokeAllowedOn); null if never (too few installed). */
  nextAllowedOn: Date | null;
}

/** The allowance for a version, from its installed count and the `standsUntil` of its revocations. */
export function revocationAllowance(installed: number, standsUntil: readonly Date[], now: Date): RevocationAllowance {
  const limit = revocationLimit(installed);
  const standing = standsUntil.filter((d) => d > now).sort((a, b) => a.getTime() - b.getTime());
  const remaining = Math.max(0, limit - standing.length);
  // At the limit, one more is allowed once enough revocations stop standing to leave room for one.
  const nextAllowedOn = remaining > 0 || limit === 0 ? null : standing[standing.length - limit]!;
  return { installed, limit, standing: standing.length, remaining, nextAllowedOn };
}

/** Only RDS Per Device CALs can be revoked. */
export function isRevocable(type: CalType): boolean {
  return !calType(type).perUser;
}

export const PER_USER_NOT_REVOCABLE = "RDS Per User CALs cannot be revoked. Only an RDS Per Device CAL can be revoked.";

/** Why a revocation is refused at the limit, with when the next one is allowed. */
export function limitReachedMessage(type: CalType, allowance: RevocationAllowance, formatWhen: (d: Date) => string): string {
  const label = calType(type).label;
  if (allowance.limit === 0) {
    return `This license cannot be revoked: ${allowance.installed} ${label}s are installed, and at most 20% of them (none) may stand revoked.`;
  }
  const when = allowance.nextAllowedOn ? ` The next revocation is allowed on ${formatWhen(allowance.nextAllowedOn)}.` : "";
  return `This license cannot be revoked now: ${allowance.standing} of the ${allowance.installed} ${label}s installed already stand revoked, the most allowed (20%).${when}`;
}
