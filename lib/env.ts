// The environment, validated with zod on the first call of env() (not at start-up: nothing calls it before
// the first request or script that needs it) and cached; a bad value then throws with a clear message.
import { z } from "zod";

/** Only for demos and tests: used when KEY_PACK_SECRET is unset (nothing refuses it yet). */
export const DEMO_KEY_PACK_SECRET = "rd-licensing-studio-demo-secret-change-me";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  /** The secret the Clearinghouse and the console share to sign license key pack IDs. */
  KEY_PACK_SECRET: z.string().min(16, "KEY_PACK_SECRET must have at least 16 characters").default(DEMO_KEY_PACK_SECRET),
  /** Hours a practice license server lives before clean-up removes it. */
  PRACTICE_SERVER_TTL_HOURS: z.coerce.number().positive().default(24),
  /** Where the console's hyperlink points; by default the same origin as the console. */
  LICENSING_SITE_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return result.data;
}
