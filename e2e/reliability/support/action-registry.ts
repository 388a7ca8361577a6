// The action client's registry (lib/actions/registry.ts) as scripts/list-actions.ts prints it: loading the
// action modules needs the server's module resolution, so it runs in a process of its own, once per worker.
import { execFileSync } from "node:child_process";
import type { ActionEntry } from "@/lib/actions/registry";

export type ListedAction = Pick<ActionEntry, "name" | "exportName" | "endpoint" | "guard" | "limits"> & { bound: number };

let registry: ListedAction[] | undefined;

export function registeredActions(): ListedAction[] {
  registry ??= JSON.parse(execFileSync("npx", ["tsx", "scripts/list-actions.ts"], { cwd: process.cwd(), encoding: "utf8" })) as ListedAction[];
  return registry;
}
