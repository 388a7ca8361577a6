// The web site's Select Option page: its options and which of them this site offers yet.
export const SELECT_OPTIONS = [
  { value: "manage-cals", label: "Manage CALs", available: true },
  { value: "activate", label: "Activate a license server", available: true },
  { value: "install", label: "Install client access licenses", available: true },
  { value: "reactivate", label: "Reactivate a license server", available: true },
  { value: "deactivate", label: "Deactivate a license server", available: true },
] as const;
