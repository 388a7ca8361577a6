// Prints the registry of server actions (lib/actions/registry.ts) as JSON: name, export, endpoint, guard,
// limits and how many bound arguments each takes. e2e/reliability/coverage.spec.ts reads it:
//   npx tsx scripts/list-actions.ts
import { register } from "node:module";

// The action modules import `server-only`, which throws outside Next's server build (there it is empty, as
// in vitest.config.ts's db project): resolve it to an empty module here too.
const emptyModule = `data:text/javascript,${encodeURIComponent("export {};")}`;
const hook = `export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: ${JSON.stringify(emptyModule)}, shortCircuit: true } : next(specifier, context); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const { loadActionRegistry } = await import("@/lib/actions/modules");
const entries = await loadActionRegistry(process.cwd());
process.stdout.write(
  JSON.stringify(entries.map(({ name, exportName, endpoint, guard, limits, bound }) => ({ name, exportName, endpoint, guard, limits, bound: bound.length }))),
);
