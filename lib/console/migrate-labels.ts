// The Migrate RDS CALs pages' labels and messages, shared by the forms and migrate-schemas.ts: plain
// strings, so a form importing them ships no zod (docs/decisions/030-forms-on-react-hook-form.md).
import { LICENSE_SERVER_ID_MESSAGES } from "@/lib/licensing/license-server-id";

export const NOT_AVAILABLE_LABEL = "The specified source license server is not available on the network";
export const REMOVE_BY_HAND_LABEL = "I will remove the migrated RDS CALs from the source license server";

export const MIGRATE_MESSAGES = {
  reason: "Select a reason for migrating the RDS CALs",
  sourceName: "Enter the name or IP address of the source license server",
  sourceNameFormat: "Enter a computer name (letters, digits, hyphens and dots) or an IP address, like LS-OLD-01 or 10.0.0.12",
  operatingSystem: "Select the operating system of the source license server",
  sourceLicenseServerId: { ...LICENSE_SERVER_ID_MESSAGES, empty: "Enter the License Server ID of the source license server" },
  notFound: (name: string) =>
    `No license server named ${name} answers on the network. Check the name, or, if the source license server is switched off or gone, select the check box "${NOT_AVAILABLE_LABEL}".`,
  notActivated: (name: string) => `The license server ${name} is not activated, so it holds no RDS CALs to migrate.`,
  sameServer: "The source license server is this license server. Enter the license server the RDS CALs are migrated from.",
  sameId: "This is this license server's own License Server ID. Enter the License Server ID of the source license server.",
  removeByHand: `Select the check box "${REMOVE_BY_HAND_LABEL}" to continue`,
} as const;
