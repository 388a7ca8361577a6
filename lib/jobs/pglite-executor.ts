// pg-boss's statements over the app's own embedded PGlite (pg-boss's documented `db` option: an object with
// executeSql). PGlite is one connection in this process, and a second one on the same folder is not allowed
// (docs/stack-traps.md trap 8), so pg-boss cannot open a pool of its own there.
// - A statement with parameters goes to query(). pg-boss's statements without parameters may be several
//   (its migrations, and `BEGIN; … pg_advisory_xact_lock …; COMMIT` blocks): those go to exec(), which runs
//   them as one call; their rows are joined, as node-postgres does for such a text.
// - PGlite serialises query(), exec() and transaction() on one lock, so a pg-boss statement never lands inside
//   a Prisma transaction (pglite-prisma-adapter holds transaction() for its whole length).
// - A failed block would leave the one connection in an aborted transaction; rolling back restores what a
//   pool gives for free, a clean connection for the next statement.
import type { PGlite } from "@electric-sql/pglite";
import type PgBoss from "pg-boss";

export function pgliteExecutor(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      try {
        if (values && values.length > 0) {
          const result = await pglite.query(text, values);
          return { rows: result.rows };
        }
        const results = await pglite.exec(text);
        return { rows: results.flatMap((r) => r.rows) };
      } catch (error) {
        if (pglite.isInTransaction?.()) await pglite.exec("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
  };
}
