// Prints a benchmark's lines and keeps them in bench/results/<name>-<time>.md (git-ignored), so the
// figures quoted in the README can be traced to a run. A small run (BENCH_SMALL=1) keeps nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMALL } from "./small";

export class Report {
  private readonly lines: string[] = [];
  constructor(private readonly name: string) {}

  log(line = "") {
    console.log(line);
    this.lines.push(line);
  }

  save(): string | null {
    if (SMALL) {
      console.log("bench: a small run (BENCH_SMALL=1); figures not kept");
      return null;
    }
    const dir = path.resolve(import.meta.dirname, "..", "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${this.name}-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
    writeFileSync(file, this.lines.join("\n") + "\n");
    console.log(`bench: written to ${path.relative(process.cwd(), file)}`);
    return file;
  }
}
