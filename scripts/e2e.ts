// `npm run test:e2e`: runs Playwright against a database of its own, made for this run and dropped after.
//  - default: a fresh database on the local PostgreSQL (TEST_DATABASE_URL names the server to use; else
//    DATABASE_URL's server; else postgresql://postgres@127.0.0.1:5432). Tests read and write it directly.
//  - E2E_DATABASE=pglite: a fresh embedded PGlite folder; only specs tagged @smoke run (tests cannot open
//    the folder while the app holds it).
// Builds first when the sources changed, applies migrations, seeds, then hands the arguments to Playwright.
// The Chromium it drives is found (or installed) by scripts/lib.sh's ensure_chromium.
import { execFileSync, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { freePort } from "../e2e/reliability/support/second-server";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

async function main() {
  const pglite = process.env.E2E_DATABASE === "pglite";
  const database = pglite ? freshPgliteFolder() : await createPostgresDatabase();
  // A port nothing listens on, unless E2E_PORT names one: two runs on one machine never collide.
  const port = process.env.E2E_PORT ?? String(await freePort());
  // TRUST_PROXY=1: the tests play the one proxy in front of the app, so the X-Forwarded-For they send names the
  // client (each test its own address, as browsers at many addresses would be); what a client adds in front
  // of it is ignored, as it would be behind a real proxy (e2e/helpdesk/sign-in.spec.ts).
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url, E2E_PORT: port, TRUST_PROXY: process.env.TRUST_PROXY ?? "1" };
  let status = 1;
  try {
    env.CHROMIUM_PATH = execFileSync("bash", ["-c", "source scripts/lib.sh && ensure_chromium && find_chromium"], { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" }).trim();
    execFileSync("bash", ["-c", "source scripts/lib.sh && ensure_built"], { cwd: root, stdio: "inherit" });
    execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env });
    execFileSync(bin("tsx"), ["prisma/seed.ts"], { cwd: root, stdio: "inherit", env });
    const args = process.argv.slice(2);
    if (pglite) args.push("--grep", "@smoke");
    console.log(`==> Playwright against ${pglite ? "PGlite" : "PostgreSQL"} (${database.label}), app on port ${port}`);
    status = spawnSync(bin("playwright"), ["test", ...args], { cwd: root, stdio: "inherit", env }).status ?? 1;
  } finally {
    await database.drop();
  }
  process.exitCode = status;
}

function freshPgliteFolder() {
  const dir = path.join(root, ".data", `e2e-pglite-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  return { url: `pglite:${dir}`, label: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function createPostgresDatabase() {
  const server = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  // Tests create and drop databases: refuse anything but this machine (a guard borrowed from dubinc/dub).
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(server.hostname)) {
    throw new Error(`Refusing to run end-to-end tests against ${server.hostname}: use a local PostgreSQL`);
  }
  const name = `rdls_e2e_${Date.now()}_${process.pid}`;
  const admin = new URL(server);
  admin.pathname = "/postgres";
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: name,
    drop: async () => {
      if (process.env.KEEP_E2E_DB) return console.log(`==> Kept database ${name}`);
      await run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
