"use server";
// View → Connect (docs/decisions/037): a license server by name, among those this browser may see (the shared
// ones and its own practice servers: lib/practice/visibility.ts's filter, through findSourceServer). Any other
// name, another browser's practice server included, is "not available", as the real console says of a server
// it cannot reach; nothing tells the two apart. Anyone may ask: the answer is only what the tree shows.
// Connect as (an optional account): issue 31's not-an-administrator scenario.
import { formAction } from "@/lib/actions/client";
import { publicAccess } from "@/lib/actions/guards";
import { fail } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { connectAsAdministrator, findSourceServer } from "./queries";
import { isAdministratorAccount, notAdministratorMessage } from "@/lib/practice/access";
import { connectSchema, notAvailableMessage } from "./schemas";
import { consoleServerHref } from "./urls";

/** Connect's <form>. */
export const connectToServerForm = formAction(
  { name: "connectToServer", guard: publicAccess, schema: connectSchema, invalid: "Could not connect. Correct the field listed." },
  async ({ input }) => {
    const server = await findSourceServer({ name: input.serverName });
    if (!server) return fail({ serverName: [notAvailableMessage(input.serverName)] }, "Could not connect to the license server.");
    // Connect as: a practice server whose console account is not an administrator (a classroom scenario,
    // lib/practice/access.ts) becomes changeable once its administrator's account connects; elsewhere
    // every account is one. Only the browser's own practice servers are found here, so only those change.
    if (input.account && server.practiceAccess === "NOT_ADMIN") {
      if (!isAdministratorAccount(input.account)) return fail({ account: [notAdministratorMessage(server.name, input.account)] }, "Could not connect to the license server.");
      await connectAsAdministrator(server.id);
    }
    continueTo(consoleServerHref(server.name));
  },
);
