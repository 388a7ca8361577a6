// BENCH_SMALL=1: each benchmark at a size that runs in seconds, so CI (`npm run bench:smoke`, .ci/run) runs
// every one of them and a change that breaks one fails there. The figures of a small run mean nothing:
// its results are not written to bench/results/, where `npm run bench:readme` takes the README's from.
export const SMALL = process.env.BENCH_SMALL === "1";

/** `full` normally (or the environment variable `name` when set), `small` under BENCH_SMALL=1. */
export function size(name: string, full: number, small: number): number {
  const set = process.env[name];
  if (set !== undefined && set !== "") return Number(set);
  return SMALL ? small : full;
}
