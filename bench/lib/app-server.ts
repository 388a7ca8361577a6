// `next start` of the production build as a child process, on its own port and database, for the
// benchmarks and fault scripts. The binary is spawned directly so the PID we signal is the server.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

/** Builds when the sources changed since the last build (scripts/lib.sh, as `npm start` and the tests do). */
export function ensureBuilt() {
  execFileSync("bash", ["-c", "source scripts/lib.sh && ensure_built"], { cwd: root, stdio: "inherit" });
}

export interface AppServer {
  url: string;
  process: ChildProcess;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown hooks, open transactions left to PostgreSQL. */
  kill(): Promise<void>;
  /** stderr seen so far (the server logs unexpected errors there). */
  stderr(): string;
}

export async function startAppServer(port: number, databaseUrl: string, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<AppServer> {
  // Something else on the port would answer the health check in our server's place.
  const taken = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
  if (taken) throw new Error(`bench: port ${port} is already in use; set BENCH_PORT`);
  // Node flags that NODE_OPTIONS refuses (--cpu-prof) go to node itself, in front of server/index.mjs (next start plus TRUST_PROXY).
  const server = path.join(root, "server/index.mjs");
  const child = spawn(process.execPath, [...nodeArgs, server, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, ...extraEnv },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  try {
    await waitForHealth(url, 30_000, () => child.exitCode !== null);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}; server said:\n${stderr.slice(-2000)}`);
  }
  return { url, process: child, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL"), stderr: () => stderr };
}

/** Polls /api/health (which reads the database) until it answers 200; returns the milliseconds it took. */
export async function waitForHealth(url: string, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<number> {
  const start = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return Date.now() - start;
    } catch {
      // not listening yet, or the database is not back
    }
    if (gaveUp() || Date.now() - start > timeoutMs) throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
