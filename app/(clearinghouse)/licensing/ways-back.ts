export const LICENSING_WAYS_BACK = [
  { href: "/licensing", label: "Go to Select Option" },
  { href: "/licensing/status", label: "Check request status" },
] as const;
