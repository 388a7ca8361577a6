// Copies the newest figures of each benchmark (bench/results/<name>-<time>.md, written by the bench
// scripts) into the README between the `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` markers, so
// the README's figures are the scripts' output, never typed by hand. Query plans stay in the results file.
//   npm run bench:readme        (after running the benchmarks whose figures changed)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "bench", "results");
const readme = path.join(root, "README.md");

function newest(name: string): string | null {
  const files = readdirSync(results)
    .filter((f) => f.startsWith(`${name}-`) && /^\d{4}-/.test(f.slice(name.length + 1)) && f.endsWith(".md"))
    .sort();
  const last = files.at(-1);
  return last ? path.join(results, last) : null;
}

/** The results file as README text: headings two levels down, without the EXPLAIN plans (code blocks). */
function excerpt(markdown: string, source: string): string {
  const lines = markdown.split("\n");
  const firstPlan = lines.findIndex((line) => line.startsWith("```"));
  // A plan is a "### <search>" heading, a blank line, then the code block: cut from that heading on.
  const end = firstPlan === -1 ? lines.length : Math.max(0, firstPlan - 2);
  const kept = lines
    .slice(0, end)
    .filter((line) => !line.startsWith("bench: "))
    .map((line) => (line.startsWith("#") ? `##${line}` : line));
  return [`_From \`bench/results/${source}\`._`, "", ...kept].join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function main() {
  let text = readFileSync(readme, "utf8");
  for (const match of text.matchAll(/<!-- bench:([\w-]+) -->/g)) {
    const name = match[1]!;
    const file = newest(name);
    if (!file) {
      console.log(`bench: no results for ${name} yet; run its benchmark first`);
      continue;
    }
    const pattern = new RegExp(`(<!-- bench:${name} -->)[\\s\\S]*?(<!-- /bench:${name} -->)`);
    if (!pattern.test(text)) throw new Error(`README: <!-- bench:${name} --> has no closing marker`);
    const body = excerpt(readFileSync(file, "utf8"), path.basename(file));
    text = text.replace(pattern, (_, open: string, close: string) => `${open}\n${body}\n${close}`);
    console.log(`bench: README figures for ${name} from ${path.basename(file)}`);
  }
  writeFileSync(readme, text);
}

main();
