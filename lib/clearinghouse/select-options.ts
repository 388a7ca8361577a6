// The web site's Select Option page: its options in the page's order, the words it shows for each, and which
// of them this site offers yet. The one table of these names (issue 28): the site's form and its schema, the
// phone desk's kinds of call, the web site's page headings and receipt, and the console's links and what it
// tells the person to select all derive from it. `siteOption`: the options that fill a draft (Manage CALs
// and Install client access licenses: ManageCalsDraft.option); the license server options, null, run their
// own pages under the same value (server-flows.ts: /licensing/activate …).
import type { SiteOption } from "@/generated/prisma/enums";
import type { SameValues } from "@/lib/same-values";

export const SELECT_OPTIONS = [
  { value: "manage-cals", label: "Manage CALs", siteOption: "MANAGE_CALS", available: true },
  { value: "activate", label: "Activate a license server", siteOption: null, available: true },
  { value: "install", label: "Install client access licenses", siteOption: "INSTALL_CALS", available: true },
  { value: "reactivate", label: "Reactivate a license server", siteOption: null, available: true },
  { value: "deactivate", label: "Deactivate a license server", siteOption: null, available: true },
] as const;

type Row = (typeof SELECT_OPTIONS)[number];
type DraftRow = Extract<Row, { siteOption: SiteOption }>;
/** The options that fill a draft: "manage-cals", "install". */
export type DraftOptionValue = DraftRow["value"];
/** The license server options: "activate", "reactivate", "deactivate" (server-flows.ts's flows). */
export type ServerFlowOption = Extract<Row, { siteOption: null }>["value"];

// Every SiteOption of the Prisma schema has its row, and no row names another.
true satisfies SameValues<DraftRow["siteOption"], SiteOption>;

/** Each option's words, by its value. */
export const OPTION_LABELS = Object.fromEntries(SELECT_OPTIONS.map((o) => [o.value, o.label])) as { [R in Row as R["value"]]: R["label"] };

const DRAFT_ROWS = SELECT_OPTIONS.filter((o): o is DraftRow => o.siteOption !== null);
export const DRAFT_OPTION_VALUES = DRAFT_ROWS.map((o) => o.value) as [DraftOptionValue, ...DraftOptionValue[]];
export const SERVER_FLOW_OPTIONS = SELECT_OPTIONS.flatMap((o) => (o.siteOption === null ? [o.value] : []));

/** The draft's SiteOption of an option that fills one. */
export const SITE_OPTIONS = Object.fromEntries(DRAFT_ROWS.map((o) => [o.value, o.siteOption])) as { [R in DraftRow as R["value"]]: R["siteOption"] };

/** The words of a draft's option ("Manage CALs" for MANAGE_CALS). */
export function siteOptionLabel(option: SiteOption): string {
  return DRAFT_ROWS.find((o) => o.siteOption === option)!.label;
}
