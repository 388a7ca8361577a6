export const HELPDESK_WAYS_BACK = [{ href: "/helpdesk", label: "Go to the helpdesk queue" }] as const;
