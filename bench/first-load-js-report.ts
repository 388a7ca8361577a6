// First-load JavaScript of every route from the last production build (.next), and its margin over the
// framework's floor (the smallest route): the budget part of `npm run bench:pages`, without Lighthouse.
//   npx tsx bench/first-load-js-report.ts [.next directory]    (BENCH_MARGIN_KB, default 45)
import path from "node:path";
import { firstLoadJs } from "./lib/first-load-js";

const MARGIN_KB = Number(process.env.BENCH_MARGIN_KB ?? 45);
const dir = path.resolve(process.argv[2] ?? ".next");
const routes = firstLoadJs(dir);
const floor = Math.min(...routes.map((r) => r.gzipBytes));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
for (const r of [...routes].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
  const over = r.gzipBytes - floor;
  // With the schemas its forms load after the page (bench/lib/first-load-js.ts).
  const withSchemas = r.schemaFiles > 0 ? `  with its schemas +${kb(r.withOneSchemaGzipBytes - floor)} to +${kb(r.withSchemasGzipBytes - floor)}` : "";
  console.log(`${kb(r.gzipBytes).padStart(6)} kB  +${kb(over).padStart(5)}  ${over / 1024 <= MARGIN_KB ? "ok  " : "OVER"}  ${r.route}${withSchemas}`);
}
console.log(`floor ${kb(floor)} kB; ${routes.filter((r) => (r.gzipBytes - floor) / 1024 > MARGIN_KB).length} of ${routes.length} routes over ${MARGIN_KB} kB`);
