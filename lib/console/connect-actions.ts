"use server";
// View → Connect (docs/decisions/037): a license server by name, among those this browser may see (the shared
// ones and its own practice servers: lib/practice/visibility.ts through findSourceServer). Any other name,
// another browser's practice server included, is "not available", as the real console says of a server it
// cannot reach; nothing tells the two apart.
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { continueTo } from "@/lib/forms/continue-to";
import { formState } from "@/lib/forms/form-state";
import { findSourceServer } from "./queries";
import { connectSchema, notAvailableMessage } from "./schemas";
import { consoleServerHref } from "./urls";

export async function connectToServer(input: unknown): Promise<ActionResult> {
  const parsed = connectSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "Could not connect. Correct the field listed.");
  const server = await findSourceServer({ name: parsed.data.serverName });
  if (!server) return fail({ serverName: [notAvailableMessage(parsed.data.serverName)] }, "Could not connect to the license server.");
  continueTo(consoleServerHref(server.name));
}

// The form's action (lib/forms/form-state.ts): what Connect's <form> posts to.
export const connectToServerForm = formState(connectToServer);
