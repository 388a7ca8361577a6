// For the db tests of the console's server guard (lib/practice/visibility.db.test.ts, access.db.test.ts):
// every registered action whose guard is a visible server, called on one server with a plausible input,
// and what each call ends in. Outside Next: the test mocks next/headers and lib/db.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { loadActionModules } from "./modules";
import { entryOf } from "./registry";

const root = path.resolve(import.meta.dirname, "../..");

/** What a call ends in: its answer's form error and field errors, "(no answer)", or where Next's redirect was sending it. */
export async function callOutcome(call: Promise<unknown>): Promise<string> {
  try {
    const answer = (await call) as { formError?: string; fieldErrors?: Record<string, string[]> } | undefined;
    // A Cancel answers nothing to a refusal (plainAction's `refusal`).
    if (answer === undefined) return "(no answer)";
    return [answer.formError, ...Object.values(answer.fieldErrors ?? {}).flat()].filter(Boolean).join(" | ") || JSON.stringify(answer);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? String(error);
    return digest.startsWith("NEXT_REDIRECT") ? `redirect ${decodeURIComponent(digest.split(";")[2] ?? "")}` : digest;
  }
}

/** Calls every console action of the registry (but those named in `except`) on `serverId`: [name, outcome] each. */
export async function callEveryConsoleAction(serverId: string, except: readonly string[] = []): Promise<[string, string][]> {
  const modules = await loadActionModules(root);
  const actions = [...modules.values()].flatMap((exports) => Object.values(exports).filter((value) => entryOf(value)?.guard === "visible-server" && !except.includes(entryOf(value)!.name)));
  const answers: [string, string][] = [];
  for (const endpoint of actions) {
    const entry = entryOf(endpoint)!;
    const input = { connectionMethod: "WEB_BROWSER", company: "Fabrikam", scope: "ALL_TRUSTED_DOMAINS", requestKey: randomUUID() };
    const bound = entry.bound.map(() => randomUUID());
    const args = entry.endpoint === "form" ? [serverId, ...bound, null, input] : [serverId, ...bound, input];
    answers.push([entry.name, await callOutcome((endpoint as (...a: unknown[]) => Promise<unknown>)(...args))]);
  }
  return answers;
}
