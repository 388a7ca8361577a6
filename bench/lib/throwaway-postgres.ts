// A PostgreSQL cluster of the fault script's own (initdb into a temporary folder, its own port and socket
// folder), so it can be restarted without touching the machine's server that other work uses. initdb
// refuses to run as root: as root, the cluster runs as the postgres user (runuser).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface ThrowawayPostgres {
  url: string;
  /** `pg_ctl restart`; mode "immediate" is a crash (recovery from the WAL), "fast" a clean shutdown. */
  restart(mode?: "fast" | "immediate"): Promise<void>;
  remove(): void;
}

export function startThrowawayPostgres(port = Number(process.env.FAULTS_PG_PORT ?? 55432)): ThrowawayPostgres {
  const dir = mkdtempSync(path.join(tmpdir(), "rdls-faults-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const command = (name: string, args: string[]): [string, string[]] =>
    process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path.join(BIN, name), ...args]] : [path.join(BIN, name), args];
  const asOwner = (name: string, args: string[]) => execFileSync(...command(name, args), { stdio: ["ignore", "pipe", "pipe"] }).toString();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  asOwner("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  asOwner("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    // Asynchronous, so the load keeps running while PostgreSQL is down.
    restart: async (mode = "immediate") => {
      await promisify(execFile)(...command("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-m", mode, "-w", "restart"]));
    },
    remove: () => {
      try {
        asOwner("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
