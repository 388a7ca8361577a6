// The recovery kit's signing keys (docs/decisions/035-recovery-kit.md): an Ed25519 key pair per license server
// (owner: its License Server ID), which signs its kits, and the Clearinghouse's (owner "clearinghouse"), which
// signs the response files. Made on first use: INSERT … ON CONFLICT DO NOTHING, then the row read back, so two
// requests at once end with the same key. The private key is stored sealed (AES-256-GCM) under a key derived
// from the key pack secret (lib/key-pack-secret.ts, docs/decisions/016), so the database alone does not sign;
// every accepted secret opens it, so a rotation keeps the keys. Only the public key is ever read to verify.
import { randomBytes } from "@/lib/licensing/random";
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, generateKeyPairSync, hkdfSync, sign, verify, type KeyObject } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import type { Database } from "@/lib/prisma-client";
import { signedBytes } from "./format";

export const CLEARINGHOUSE_KEY = "clearinghouse";

type Source = Database | Prisma.TransactionClient;

function sealingKey(secret: string, owner: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "rdls-recovery-kit-signing-key", owner, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url; the owner is bound in as additional data. */
function sealPrivateKey(pkcs8: Buffer, secret: string, owner: string): string {
  const iv = Buffer.from(randomBytes(12));
  const cipher = createCipheriv("aes-256-gcm", sealingKey(secret, owner), iv);
  cipher.setAAD(Buffer.from(owner));
  const body = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

function openPrivateKey(sealed: string, secrets: readonly string[], owner: string): KeyObject {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error(`The signing key of ${owner} is not sealed as expected`);
  for (const secret of secrets) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", sealingKey(secret, owner), Buffer.from(iv, "base64url"));
      decipher.setAAD(Buffer.from(owner));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const pkcs8 = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
      return createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
    } catch {
      // Sealed under another of the accepted secrets: try the next one.
    }
  }
  throw new Error(`The signing key of ${owner} cannot be opened with the key pack secrets (was KEY_PACK_SECRET changed without keeping the old one?)`);
}

async function query<T>(source: Source, sql: Prisma.Sql): Promise<T[]> {
  return source.$queryRaw<T[]>(sql);
}

/** The owner's private key, made (with its public key) the first time it is asked for. */
export async function privateKeyOf(source: Source, owner: string): Promise<KeyObject> {
  const secrets = await getKeyPackSecrets(source);
  const [found] = await query<{ sealedKey: string }>(source, Prisma.sql`SELECT "sealedKey" FROM "SigningKey" WHERE "owner" = ${owner}`);
  if (found) return openPrivateKey(found.sealedKey, secrets.accepted, owner);
  const pair = generateKeyPairSync("ed25519");
  const publicKey = pair.publicKey.export({ format: "der", type: "spki" }).toString("base64url");
  const sealed = sealPrivateKey(pair.privateKey.export({ format: "der", type: "pkcs8" }), secrets.current, owner);
  await query(source, Prisma.sql`INSERT INTO "SigningKey" ("owner", "publicKey", "sealedKey") VALUES (${owner}, ${publicKey}, ${sealed}) ON CONFLICT ("owner") DO NOTHING RETURNING 1`);
  // Another request may have made it first: the stored one is the key.
  const [stored] = await query<{ sealedKey: string }>(source, Prisma.sql`SELECT "sealedKey" FROM "SigningKey" WHERE "owner" = ${owner}`);
  return openPrivateKey(stored!.sealedKey, secrets.accepted, owner);
}

/** The owner's public key, or null when it never signed anything. */
export async function publicKeyOf(source: Source, owner: string): Promise<KeyObject | null> {
  const [found] = await query<{ publicKey: string }>(source, Prisma.sql`SELECT "publicKey" FROM "SigningKey" WHERE "owner" = ${owner}`);
  return found ? createPublicKey({ key: Buffer.from(found.publicKey, "base64url"), format: "der", type: "spki" }) : null;
}

/** The document with its signature (Ed25519 over its canonical JSON). */
export function signDocument<T extends object>(document: T, key: KeyObject): T & { signature: string } {
  return { ...document, signature: sign(null, signedBytes(document), key).toString("base64url") };
}

/** Whether `document.signature` is the key's signature of the rest of it, as it is now. */
export function verifyDocument(document: { signature: string }, key: KeyObject): boolean {
  try {
    return verify(null, signedBytes(document), key, Buffer.from(document.signature, "base64url"));
  } catch {
    return false;
  }
}
