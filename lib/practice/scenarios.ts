// The classroom's scenarios (issue 31): each a prepared starting state of a trainee's practice server
// (lib/practice/store.ts's PracticeStart) and a goal the app checks from the server's own records, naming
// the procedure of the procedure library (lib/procedure/catalog.ts) the trainee follows. Pure.
import type { ProcedureId } from "@/lib/procedure/catalog";
import { PRACTICE_ACCOUNTS, type PracticeStart } from "./plan";

export const SCENARIO_IDS = ["rebuild-database", "activate-telephone", "install-agreement", "migrate-failed-server", "not-administrator", "revoke-per-device", "convert-cals"] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Scenario {
  id: ScenarioId;
  title: string;
  procedure: ProcedureId;
  /** What the trainee is told before starting. */
  brief: string;
  /** What the app checks, in words (goalReached checks it). */
  goal: string;
  start: PracticeStart;
  /** Shown one at a time when the trainee asks for a hint (each counts in the score). */
  hints: readonly string[];
}

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  "rebuild-database": {
    id: "rebuild-database",
    title: "Rebuild a license server whose database must be rebuilt",
    procedure: "rebuild-web",
    brief: "The RD Licensing database of your license server is damaged. Rebuild it and reinstall its RDS CALs by using a Web browser.",
    goal: "The Manage RDS CALs Wizard finished a rebuild, and all three purchases are installed again.",
    start: { activated: true, packs: true },
    hints: [
      "Before you start, change the connection method to Web Browser in the server's properties if it is not already.",
      "The Remote Desktop Services Licensing Web site asks for the reason \u201cThe license server database was rebuilt\u201d.",
      "Install each purchase from the practice server's page: one license key pack ID per purchase, then Finish.",
    ],
  },
  "activate-telephone": {
    id: "activate-telephone",
    title: "Activate a new license server by telephone",
    procedure: "activate-telephone",
    brief: "Your new license server is not activated yet, and it has no Internet connection. Activate it by telephone.",
    goal: "The license server is activated, with the Telephone connection method.",
    start: { activated: false },
    hints: [
      "In the Activate Server Wizard, choose the connection method Telephone.",
      "Read the Product ID to the Clearinghouse agent, then type the license server ID they give you in the boxes provided.",
    ],
  },
  "install-agreement": {
    id: "install-agreement",
    title: "Install RDS CALs from an Enterprise Agreement",
    procedure: "install-web",
    brief: "Your license server is activated but has no RDS CALs. Install the 100 Per Device CALs of the Enterprise Agreement listed on its page.",
    goal: "A key pack of the Enterprise Agreement purchase with its 100 RDS CALs is installed.",
    start: { activated: true, packs: false },
    hints: [
      "Use Install Licenses on the license server's Action menu, connection method Web Browser.",
      "On the Web site choose Install client access licenses; the License Program is Enterprise Agreement and the enrollment number is on the server's page.",
    ],
  },
  "migrate-failed-server": {
    id: "migrate-failed-server",
    title: "Migrate RDS CALs from a failed license server",
    procedure: "migrate-web",
    brief:
      "Your old license server (the second practice server in the tree) has failed and no longer answers. Move the RDS CALs of its three purchases to your new license server by using a Web browser.",
    goal: "The RDS CALs of all three purchases are migrated to the new license server from the failed one, named as not available.",
    start: { activated: true, packs: false, failedSource: true },
    hints: [
      "Work on the new license server: Manage RDS CALs, then Migrate RDS CALs from another license server to this license server.",
      "The old server cannot be reached: on Source License Server Information select the check box that it is not available, and give its License Server ID (on its page in the tree).",
      "One migration moves one purchase: run the wizard once for each of the three, with the purchases listed on the new server's page.",
    ],
  },
  "not-administrator": {
    id: "not-administrator",
    title: "Rebuild a license server when your account is not an administrator",
    procedure: "rebuild-web",
    brief: `The RD Licensing database of your license server is damaged. The console is connected with your account, ${PRACTICE_ACCOUNTS.trainee}, which is not in the license server's local Administrators group. Rebuild the database and reinstall its RDS CALs by using a Web browser.`,
    goal: "Connected with an administrator's account, the Manage RDS CALs Wizard finished a rebuild, and all three purchases are installed again.",
    start: { activated: true, packs: true, notAdministrator: true },
    hints: [
      "Membership in the local Administrators group, or equivalent, on the license server is the minimum required: the console refuses every change until then.",
      `On the View menu, click Connect, type the license server's name, and connect as ${PRACTICE_ACCOUNTS.administrator}, a member of its local Administrators group.`,
      "Then rebuild as usual: Manage RDS CALs, Rebuild the license server database, and reinstall each purchase from the Web site.",
    ],
  },
  "revoke-per-device": {
    id: "revoke-per-device",
    title: "Revoke the RDS Per Device CAL of a retired computer",
    procedure: "revoke",
    brief: "One of the computers that has an RDS Per Device CAL from your license server has been retired. Revoke its CAL so that it goes back to the pool of available licenses.",
    goal: "An RDS Per Device CAL issued by the license server is revoked.",
    start: { activated: true, packs: true },
    hints: [
      "Select the license server: its issued RDS CALs are listed below its key packs.",
      "Right-click a computer whose CAL is a Per Device CAL, then Revoke License. Per User CALs cannot be revoked.",
    ],
  },
  "convert-cals": {
    id: "convert-cals",
    title: "Convert RDS CALs to the other type",
    procedure: "convert",
    brief: "Your users now share the computers they connect from. Convert some of the Windows Server 2022 RDS Per User CALs of your license server to RDS Per Device CALs by using a Web browser.",
    goal: "The Manage RDS CALs Wizard finished converting RDS CALs, and the converted key pack is installed.",
    start: { activated: true, packs: true },
    hints: [
      "Manage RDS CALs, then Convert RDS CALs on the Action Selection page.",
      "Choose the Windows Server 2022 Per User key pack and a number no larger than its available CALs.",
      "On the Web site's Convert RDS CALs page, give what the wizard shows; type the license key pack ID it returns into the wizard.",
    ],
  },
};

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === "string" && (SCENARIO_IDS as readonly string[]).includes(value);
}

/** What the goal checks read from a practice server (lib/practice/classroom-store.ts). */
export interface ScenarioFacts {
  activated: boolean;
  connectionMethod: string;
  /** When the last rebuild (not a migration) finished, if one did. */
  rebuildFinishedAt: Date | null;
  packs: readonly { licenseProgram: string; totalLicenses: number; installedAt: Date }[];
  activatedAt: Date | null;
  /** The finished migrations to this server: whether the source was named available, its License Server ID, the programs installed. */
  migrations: readonly { finishedAt: Date; sourceAvailable: boolean; sourceLicenseServerId: string | null; programs: readonly string[] }[];
  /** The License Server ID of the failed source prepared with this server, if any. */
  failedSourceId: string | null;
  /** When an RDS Per Device CAL of this server was first revoked, if one was. */
  firstRevokedAt: Date | null;
  /** When a conversion of RDS CALs (Manage RDS CALs) first finished on this server, if one did. */
  firstConvertedAt: Date | null;
}

/** The rebuild's goal: a finished rebuild (not a migration) after which all three programs were reinstalled. */
function rebuiltAt(facts: ScenarioFacts): Date | null {
  const programs = new Set(facts.packs.filter((p) => facts.rebuildFinishedAt && p.installedAt <= facts.rebuildFinishedAt).map((p) => p.licenseProgram));
  return facts.rebuildFinishedAt && programs.size >= 3 ? facts.rebuildFinishedAt : null;
}

/** The migration's goal: when the migrations from the failed source, named not available, had brought all three programs. */
function migratedAt(facts: ScenarioFacts): Date | null {
  const programs = new Set<string>();
  const fromFailed = facts.migrations.filter((m) => !m.sourceAvailable && facts.failedSourceId && m.sourceLicenseServerId === facts.failedSourceId);
  for (const migration of [...fromFailed].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime())) {
    for (const program of migration.programs) programs.add(program);
    if (programs.size >= 3) return migration.finishedAt;
  }
  return null;
}

/** When the goal was reached (from the records that prove it), or null while it is not. */
export function goalReachedAt(id: ScenarioId, facts: ScenarioFacts): Date | null {
  switch (id) {
    // Not an administrator: nothing changes before Connect as one (the server guard), so a rebuild proves it.
    case "rebuild-database":
    case "not-administrator":
      return rebuiltAt(facts);
    case "migrate-failed-server":
      return migratedAt(facts);
    case "activate-telephone":
      return facts.activated && facts.connectionMethod === "TELEPHONE" ? facts.activatedAt : null;
    case "revoke-per-device":
      return facts.firstRevokedAt;
    case "convert-cals":
      return facts.firstConvertedAt;
    case "install-agreement": {
      const pack = facts.packs.find((p) => p.licenseProgram === "ENTERPRISE_AGREEMENT" && p.totalLicenses >= 100);
      return pack ? pack.installedAt : null;
    }
  }
}
