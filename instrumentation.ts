// Runs once when a server process starts (Next's instrumentation hook): the environment is validated here,
// and in production the signing secrets are read too, so a bad value, or a missing, short or old demo
// secret, stops `next start` with a message naming it instead of serving (Next would otherwise log the
// error and answer 500 to every request). Not during `next build`, which must not open the database
// (docs/stack-traps.md trap 7).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { env } = await import("@/lib/env");
    env();
    if (process.env.NODE_ENV !== "production") return;
    const [{ getDb }, { getKeyPackSecrets }] = await Promise.all([import("@/lib/db"), import("@/lib/key-pack-secret")]);
    await getKeyPackSecrets(await getDb());
  } catch (error) {
    console.error(`Refusing to serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
