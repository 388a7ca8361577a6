// Which License Server IDs the Clearinghouse installs client access licenses for. One function, called by
// every installation path (the web site's Install client access licenses and the installation route for
// Automatic connection), so a stricter rule is added here once.
import type { SqlRunner } from "@/lib/driver-sql";
import type { Database } from "@/lib/prisma-client";
import { LICENSE_SERVER_ID_MESSAGES, parseLicenseServerId } from "@/lib/licensing/license-server-id";

export type TargetServerProblem = { message: string } | null;

/**
 * Checks the target of an installation; returns the problem to show against the License Server ID, or
 * null. The rule today is the ID's format (its check digits); the database is passed for the rules that
 * need the Clearinghouse's records (for example, that the server was activated).
 */
export async function checkInstallationTarget(db: Database | SqlRunner, licenseServerId: string): Promise<TargetServerProblem> {
  const parsed = parseLicenseServerId(licenseServerId);
  return parsed.ok ? null : { message: LICENSE_SERVER_ID_MESSAGES[parsed.error] };
}
