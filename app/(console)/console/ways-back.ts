export const CONSOLE_WAYS_BACK = [{ href: "/console", label: "Go to All Servers in Remote Desktop Licensing Manager" }] as const;
