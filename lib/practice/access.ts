// How the console reaches a practice server (LicenseServer.practiceAccess, issue 31's scenarios): as a member
// of its local Administrators group (every server but these), with an account that is not one (changes are
// refused until View → Connect as an administrator), or not at all (a failed server). The action client's
// server guard (lib/actions/guards.ts) asks refusalFor before every change. Pure: words and rules only.
import type { PracticeAccess } from "@/generated/prisma/enums";
import { notAvailableMessage } from "@/lib/console/schemas";
import { PRACTICE_ACCOUNTS } from "./plan";

/** Our own words (the real tool's are not in the source procedure, which only requires the membership). */
export function notAdministratorMessage(name: string, account: string = PRACTICE_ACCOUNTS.trainee): string {
  return `Access is denied. ${account} is not a member of the local Administrators group on ${name}, so you cannot change this license server. On the View menu, click Connect, and connect as a member of that group.`;
}

/** What a change to this server is refused with, or null when the console may change it. */
export function refusalFor(server: { name: string; practiceAccess?: PracticeAccess }): string | null {
  switch (server.practiceAccess) {
    case "NOT_ADMIN":
      return notAdministratorMessage(server.name);
    case "UNREACHABLE":
      // As View → Connect says of a server it cannot reach.
      return notAvailableMessage(server.name);
    default:
      return null;
  }
}

/** Connect as `account`: whether it is the practice server's administrator (case does not matter, as in Windows). */
export function isAdministratorAccount(account: string): boolean {
  return account.trim().toLowerCase() === PRACTICE_ACCOUNTS.administrator.toLowerCase();
}
