// scripts/lib.sh's ensure_chromium, run by bash with a PATH of stubs only (no real chromium on it, an `id`
// that says who we are, an `apt-get` that records its calls and "installs" a fake chromium-headless-shell),
// so the machine's own Chromium is never touched.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const lib = path.resolve(import.meta.dirname, "lib.sh");
const bash = execFileSync("bash", ["-c", "command -v bash"], { encoding: "utf8" }).trim();
const dirs: string[] = [];

function stubs(uid: number, aptInstalls: boolean, present: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rdls-chromium-"));
  dirs.push(dir);
  const script = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!${bash}\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  script("id", `echo ${uid}`);
  const shell = path.join(dir, "chromium-headless-shell");
  script("apt-get", `echo "$*" >> "${dir}/apt-get.log"\n${aptInstalls ? `[ "$1" = install ] || [ "$2" = install ] || [ "$3" = install ] && printf '#!${bash}\\n' > "${shell}" && chmod +x "${shell}"` : ""}\nexit 0`);
  for (const name of present) script(name, "");
  return dir;
}

function ensure(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(bash, ["-c", `source "${lib}" && ensure_chromium && find_chromium`], { env: { NODE_ENV: "test", PATH: dir, ...env }, encoding: "utf8" });
  const log = path.join(dir, "apt-get.log");
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr, apt: existsSync(log) ? readFileSync(log, "utf8") : "" };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("ensure_chromium (scripts/lib.sh)", () => {
  it("without a Chromium and not root, says the one command to run and installs nothing", () => {
    const dir = stubs(1000, true);
    const run = ensure(dir, { CHROMIUM_PATH: path.join(dir, "no-such-chromium") });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("sudo apt-get install chromium-headless-shell");
    expect(run.apt).toBe("");
  });

  it("without a Chromium, as root, installs Debian's headless shell and finds it", () => {
    const dir = stubs(0, true);
    const run = ensure(dir, { CHROMIUM_PATH: path.join(dir, "no-such-chromium") });
    expect(run.apt).toMatch(/update/);
    expect(run.apt).toMatch(/install -y -qq chromium-headless-shell/);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(path.join(dir, "chromium-headless-shell"));
  });

  it("with a full Chromium only, as root, installs the headless shell and prefers it", () => {
    const dir = stubs(0, true, ["chromium"]);
    const run = ensure(dir);
    expect(run.apt).toMatch(/install -y -qq chromium-headless-shell/);
    expect(run.stdout).toBe(path.join(dir, "chromium-headless-shell"));
  });

  it("with a full Chromium only, not root, uses it and installs nothing", () => {
    const dir = stubs(1000, true, ["chromium"]);
    const run = ensure(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(path.join(dir, "chromium"));
    expect(run.apt).toBe("");
  });

  it("with the headless shell, installs nothing", () => {
    const dir = stubs(0, true, ["chromium-headless-shell", "chromium"]);
    const run = ensure(dir);
    expect(run.stdout).toBe(path.join(dir, "chromium-headless-shell"));
    expect(run.apt).toBe("");
  });

  it("as root, when the install brings no Chromium, fails and says the command", () => {
    const dir = stubs(0, false);
    const run = ensure(dir);
    expect(run.apt).toMatch(/install/);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("sudo apt-get install chromium-headless-shell");
  });

  it("uses CHROMIUM_PATH when it names a program, and installs nothing", () => {
    const dir = stubs(0, true);
    const browser = path.join(dir, "my-chrome");
    writeFileSync(browser, `#!${bash}\n`);
    chmodSync(browser, 0o755);
    const run = ensure(dir, { CHROMIUM_PATH: browser });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(browser);
    expect(run.apt).toBe("");
  });
});
