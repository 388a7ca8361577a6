// Another `next start` of the same build on the run's database, on a free port: the second server the
// concurrency tests split their requests over (nothing may live in one process's memory), and the server
// the fault tests kill.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A TCP port nothing listens on now (also used by bench/faults.ts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface SecondServer {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL: no shutdown, whatever it was doing left to PostgreSQL. */
  kill(): Promise<void>;
}

/** `hostname`: the address to bind (npm start binds 0.0.0.0); `env`: variables to change (TRUST_PROXY). */
export async function startSecondServer(options: { hostname?: string; env?: Record<string, string> } = {}): Promise<SecondServer> {
  const port = await freePort();
  // node itself, so the PID stopped is the server (docs/stack-traps.md trap 10); server/index.mjs is next start plus TRUST_PROXY.
  const child: ChildProcess = spawn(process.execPath, [path.join(process.cwd(), "server/index.mjs"), "-p", String(port), "-H", options.hostname ?? "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error("the second app server exited while starting");
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the second app server did not start within 30 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
