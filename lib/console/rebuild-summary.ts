// What a finished rebuild changed, for its completion page: the server's RDS CALs before (the run's deletion
// snapshot) and after (the key packs the run reinstalled), in total and per type of RDS CAL and License
// Program, so a person sees at once that, say, 340 CALs became 65 and which packs came back. Pure.
import { calType, licenseProgram } from "@/lib/licensing/catalog";
import { sumRows, type KeyPackRow } from "./key-pack-rows";

interface RebuildChangeRow {
  type: string;
  program: string;
  before: number;
  after: number;
}

export interface RebuildSummary {
  before: { keyPacks: number; licenses: number; issued: number };
  after: { keyPacks: number; licenses: number };
  rows: RebuildChangeRow[];
}

export function summarizeRebuild(deleted: readonly KeyPackRow[], reinstalled: readonly KeyPackRow[], counts: { deletedKeyPacks: number | null; deletedCals: number | null }): RebuildSummary {
  const rows = new Map<string, RebuildChangeRow>();
  const add = (pack: KeyPackRow, side: "before" | "after") => {
    const key = `${pack.calType}/${pack.licenseProgram}`;
    const row = rows.get(key) ?? { type: calType(pack.calType).label, program: licenseProgram(pack.licenseProgram).label, before: 0, after: 0 };
    row[side] += pack.totalLicenses;
    rows.set(key, row);
  };
  deleted.forEach((p) => add(p, "before"));
  reinstalled.forEach((p) => add(p, "after"));
  const before = sumRows([...deleted]);
  const after = sumRows([...reinstalled]);
  return {
    // The counts the deletion wrote win over the snapshot (a run from before snapshots existed has none).
    before: { keyPacks: counts.deletedKeyPacks ?? deleted.length, licenses: before.total, issued: counts.deletedCals ?? before.issued },
    after: { keyPacks: reinstalled.length, licenses: after.total },
    rows: [...rows.values()].sort((a, b) => a.type.localeCompare(b.type) || a.program.localeCompare(b.program)),
  };
}
