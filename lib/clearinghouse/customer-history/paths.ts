// The customer history's pages (`open` under the Web site's start page, for the link in the e-mail). A module
// of its own, without zod: the pages' client components link to them.
export const HISTORY_PATHS = { ask: "/licensing/history", open: "history/open", mine: "/licensing/history/mine", csv: "/licensing/history/mine/history.csv" } as const;
