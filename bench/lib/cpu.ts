// CPU time spent by processes, from /proc (Linux): to say which process a benchmark's requests cost, since
// on 2 cores the load generator, the app and PostgreSQL share the same CPUs.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** The process's CPU ms, plus its exited children's when `withChildren` (PostgreSQL's backends end with their connections). */
function cpuMsOf(pid: number, withChildren = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the ")" that closes the command name: utime, stime, cutime, cstime are the 12th to 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    return (fields[11]! + fields[12]! + (withChildren ? fields[13]! + fields[14]! : 0)) * TICK_MS;
  } catch {
    return 0; // exited
  }
}

function pidsNamed(name: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === name;
      } catch {
        return false;
      }
    });
}

export interface CpuSample {
  app: number;
  postgres: number;
  self: number;
}

/** CPU ms so far of the app server, every PostgreSQL process, and this process (the load generator). */
export function sampleCpu(appPid: number): CpuSample {
  return {
    app: cpuMsOf(appPid),
    postgres: pidsNamed("postgres").reduce((sum, pid) => sum + cpuMsOf(pid, true), 0),
    self: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  };
}

/** CPU ms per request of each between two samples. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number) {
  const per = (key: keyof CpuSample) => (requests > 0 ? (after[key] - before[key]) / requests : NaN);
  return { app: per("app"), postgres: per("postgres"), self: per("self") };
}
