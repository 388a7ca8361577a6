// Who may run the rebuild at all (docs/domain.md: only an activated server; the procedure's step 2: the
// connection method must be Web Browser). Pure, so the Welcome page and the action say the same thing.
import { connectionMethodLabel, type ConnectionMethod } from "@/lib/licensing/catalog";
import { otherWizardOpenMessage, type WizardKind } from "./wizard-kinds";

export type WizardBlocker = { kind: "not-activated" | "connection-method" | "other-wizard"; message: string };

/**
 * `otherWizard`: the kind of another wizard's run open on this server, if any. `action`: the Manage RDS CALs
 * action chosen on Action Selection; null before one is chosen (Welcome), when only what blocks every action counts.
 */
export function wizardBlocker(
  server: { name: string; activated: boolean; connectionMethod: ConnectionMethod },
  otherWizard: WizardKind | null = null,
  action: "REBUILD" | "MIGRATE" | "CONVERT" | null = "REBUILD",
): WizardBlocker | null {
  if (otherWizard) return { kind: "other-wizard", message: otherWizardOpenMessage(otherWizard, server.name) };
  if (!server.activated) {
    return {
      kind: "not-activated",
      message: "This license server is not activated. Only an activated license server can manage RDS CALs.",
    };
  }
  // The real wizard rebuilds by Web Browser or by Telephone (the helpdesk's Phone desk answers); Automatic
  // connection cannot reinstall CALs the Clearinghouse must recover, nor migrate them. Convert RDS CALs works
  // by any connection method (by Automatic the console asks the Clearinghouse itself).
  if (server.connectionMethod === "AUTOMATIC" && (action === "REBUILD" || action === "MIGRATE")) {
    const what = action === "MIGRATE" ? "To migrate RDS CALs to this license server" : "To rebuild the RD Licensing database";
    return {
      kind: "connection-method",
      message: `The connection method of this license server is ${connectionMethodLabel(server.connectionMethod)}. ${what}, change the connection method to Web Browser (or Telephone) in Properties.`,
    };
  }
  return null;
}

/**
 * Who may run the Install Licenses Wizard: an activated server with no other wizard open. Every connection
 * method can install (the wizard's pages follow it), so unlike the rebuild the method blocks nothing.
 */
export function installBlocker(server: { name: string; activated: boolean }, otherWizard: WizardKind | null = null): WizardBlocker | null {
  if (otherWizard) return { kind: "other-wizard", message: otherWizardOpenMessage(otherWizard, server.name) };
  if (!server.activated) {
    return {
      kind: "not-activated",
      message: "This license server is not activated. Activate the license server first (Action menu, Activate Server): only an activated license server can install licenses.",
    };
  }
  return null;
}

/** The command that fixes a problem Review Configuration lists (a wizard of lib/console/wizard-kinds.ts). */
export type ReadinessFix = "ACTIVATE_SERVER" | "INSTALL_LICENSES" | "MANAGE_CALS";

/** Review Configuration: whether the server is ready to issue RDS CALs, and if not, why and what fixes each. */
export function serverReadiness(server: { activated: boolean; keyPacks: number; rebuildPending: boolean }): {
  ready: boolean;
  problems: string[];
  items: { message: string; fix: ReadinessFix }[];
} {
  const items: { message: string; fix: ReadinessFix }[] = [];
  if (!server.activated) items.push({ message: "This license server is not activated. It can issue only temporary RDS CALs.", fix: "ACTIVATE_SERVER" });
  if (server.rebuildPending) items.push({ message: "A rebuild of the RD Licensing database is not finished: reinstall the RDS CALs with Manage RDS CALs.", fix: "MANAGE_CALS" });
  else if (server.activated && server.keyPacks === 0) items.push({ message: "No RDS CALs are installed on this license server.", fix: "INSTALL_LICENSES" });
  return { ready: items.length === 0, problems: items.map((i) => i.message), items };
}

export type LifecycleBlocker = { kind: "already-activated" | "not-activated" | "other-wizard"; message: string };

/** Who may run the Activate, Reactivate or Deactivate Server wizard (the Welcome page and every action say the same). */
export function lifecycleBlocker(kind: "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER", server: { name: string; activated: boolean }, otherWizard: WizardKind | null = null): LifecycleBlocker | null {
  if (otherWizard) return { kind: "other-wizard", message: otherWizardOpenMessage(otherWizard, server.name) };
  if (kind === "ACTIVATE_SERVER" && server.activated) {
    return { kind: "already-activated", message: `License server ${server.name} is already activated. To give it a new License Server ID, use Advanced, Reactivate Server.` };
  }
  if (kind !== "ACTIVATE_SERVER" && !server.activated) {
    return { kind: "not-activated", message: `License server ${server.name} is not activated. Activate it first with Activate Server.` };
  }
  return null;
}
