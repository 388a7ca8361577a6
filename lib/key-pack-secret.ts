// The secrets that sign and verify license key pack IDs: KEY_PACK_SECRET (and KEY_PACK_SECRET_PREVIOUS) from
// the environment when set, otherwise the KeyPackSecret rows of the database, whose first row a migration
// generated at random (prisma/migrations/*_key_pack_secret). The newest signs; every one verifies, so a
// rotation leaves earlier IDs installable until their secret is removed (docs/security.md). Read once per
// process: a rotation takes effect when the app servers restart.
import { Prisma } from "@/generated/prisma/client";
import type { SqlRunner } from "./driver-sql";
import { env, weakSecretReason, type Env } from "./env";
import type { Database } from "./prisma-client";

export interface KeyPackSecrets {
  /** Signs what is issued now. */
  current: string;
  /** Verify, `current` first. */
  accepted: readonly string[];
}

type SecretSource = Database | Prisma.TransactionClient | SqlRunner;

const NEWEST_FIRST = Prisma.sql`SELECT "value" FROM "KeyPackSecret" ORDER BY "id" DESC`;

/** The secrets the environment names, or null when the database keeps them. */
export function secretsFromEnv(source: Pick<Env, "KEY_PACK_SECRET" | "KEY_PACK_SECRET_PREVIOUS">): KeyPackSecrets | null {
  if (!source.KEY_PACK_SECRET) return null;
  return { current: source.KEY_PACK_SECRET, accepted: [source.KEY_PACK_SECRET, ...source.KEY_PACK_SECRET_PREVIOUS] };
}

export function secretsFromRows(values: readonly string[]): KeyPackSecrets {
  const [current] = values;
  if (current === undefined) throw new Error("No license key pack secret: the KeyPackSecret table is empty (run the migrations, or set KEY_PACK_SECRET)");
  for (const value of values) {
    const reason = weakSecretReason(value);
    if (reason) throw new Error(`A KeyPackSecret row ${reason}: replace it with a random value`);
  }
  return { current, accepted: values };
}

async function read(source: SecretSource): Promise<KeyPackSecrets> {
  const fromEnv = secretsFromEnv(env());
  if (fromEnv) return fromEnv;
  const rows = "query" in source ? await source.query<{ value: string }>(NEWEST_FIRST) : await source.$queryRaw<{ value: string }[]>(NEWEST_FIRST);
  return secretsFromRows(rows.map((row) => row.value));
}

const cache = globalThis as unknown as { __rdlsKeyPackSecrets?: Promise<KeyPackSecrets> };

/** The process's secrets, read on first use (inside a transaction too: it only reads). */
export function getKeyPackSecrets(source: SecretSource): Promise<KeyPackSecrets> {
  cache.__rdlsKeyPackSecrets ??= read(source).catch((error: unknown) => {
    cache.__rdlsKeyPackSecrets = undefined;
    throw error;
  });
  return cache.__rdlsKeyPackSecrets;
}
