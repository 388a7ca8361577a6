// Runs once when a server process starts (Next's instrumentation hook): the environment is validated here,
// in production the signing secrets are read too, and the background jobs start. A bad value, a missing,
// short or old demo secret, or a job queue that cannot start stops the server with a message naming it
// instead of serving (Next would otherwise log the error and answer 500 to every request). Not during `next build`, which must not open the database
// (docs/stack-traps.md trap 7).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { env } = await import("@/lib/env");
    env();
    if (process.env.NODE_ENV === "production") {
      const [{ getDb }, { getKeyPackSecrets }] = await Promise.all([import("@/lib/db"), import("@/lib/key-pack-secret")]);
      await getKeyPackSecrets(await getDb());
    }
    // The mail sink and the job queue's workers, in this process (lib/jobs/runtime.ts; JOBS=off for none).
    const { startBackgroundJobs } = await import("@/lib/jobs/runtime");
    await startBackgroundJobs();
  } catch (error) {
    console.error(`Refusing to serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
