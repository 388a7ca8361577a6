// Who a class trainee is: their Trainee id, signed with the installation's secret (lib/auth/signed-value.ts,
// its own purpose) in an httpOnly cookie of the whole site, so the class page, the console and the Web site
// know them without an account. A forged or altered value, or one of a removed trainee or an expired class,
// reads as nobody. Joining also gives the browser the trainee's practice owner id (owner-cookie.ts), which is
// what the console's visibility reads.
import "server-only";
import { cookies, headers } from "next/headers";
import { requestIsHttps } from "@/lib/auth/client-address";
import { signValue, verifySignedValue } from "@/lib/auth/signed-value";
import { getDb } from "@/lib/db";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { IN_CLASS_COOKIE, PRACTICE_COOKIE, PRACTICE_COOKIE_PATH } from "./cookie-name";

const TRAINEE_COOKIE = "rdls_trainee";
const VERSION = "t1";
const ID = /^[0-9a-f-]{36}$/;

/** Sets the trainee's cookies until the class ends: the signed trainee id and the practice owner id. */
export async function writeTraineeCookies(trainee: { id: string; owner: string }, until: Date) {
  const db = await getDb();
  const value = signValue(await getKeyPackSecrets(db), "trainee-cookie", `${VERSION}.${trainee.id}`);
  const secure = requestIsHttps(await headers());
  const maxAge = Math.max(60, Math.floor((until.getTime() - Date.now()) / 1000));
  const jar = await cookies();
  jar.set(TRAINEE_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", maxAge, secure });
  jar.set(PRACTICE_COOKIE, trainee.owner, { httpOnly: true, sameSite: "lax", path: PRACTICE_COOKIE_PATH, maxAge, secure });
  jar.set(IN_CLASS_COOKIE, "1", { httpOnly: false, sameSite: "lax", path: "/", maxAge, secure });
}

/** The trainee id this browser's cookie names, if this installation signed it. */
export async function readTraineeId(): Promise<string | null> {
  const raw = (await cookies()).get(TRAINEE_COOKIE)?.value;
  if (!raw) return null;
  const payload = verifySignedValue(await getKeyPackSecrets(await getDb()), "trainee-cookie", raw);
  if (!payload) return null;
  const [version, id, ...rest] = payload.split(".");
  return version === VERSION && rest.length === 0 && id && ID.test(id) ? id : null;
}

/** The signed-in trainee with their class, while the class lasts; null for anyone else. */
export async function readTrainee(now = new Date()) {
  const id = await readTraineeId();
  if (!id) return null;
  const db = await getDb();
  return db.trainee.findFirst({
    where: { id, class: { expiresAt: { gt: now } } },
    select: { id: true, displayName: true, owner: true, createdAt: true, class: { select: { id: true, name: true, scenarios: true, expiresAt: true } } },
  });
}
