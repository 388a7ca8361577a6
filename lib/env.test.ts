import { describe, expect, it } from "vitest";
import { parseEnv, weakSecretReason } from "./env";

const GOOD = "a".repeat(16) + "b".repeat(16);

describe("environment", () => {
  it("refuses a short KEY_PACK_SECRET and the old demo value, and names the variable", () => {
    expect(() => parseEnv({ KEY_PACK_SECRET: "sixteen-chars-ok" })).toThrow(/KEY_PACK_SECRET: must have at least 32 characters/);
    expect(() => parseEnv({ KEY_PACK_SECRET: "rd-licensing-studio-demo-secret-change-me" })).toThrow(/KEY_PACK_SECRET: is the old demo value/);
    expect(() => parseEnv({ KEY_PACK_SECRET: GOOD, KEY_PACK_SECRET_PREVIOUS: `${GOOD}, short` })).toThrow(/KEY_PACK_SECRET_PREVIOUS/);
  });

  it("leaves the secret unset by default (the database keeps it), and reads previous secrets as a list", () => {
    expect(parseEnv({}).KEY_PACK_SECRET).toBeUndefined();
    expect(parseEnv({ KEY_PACK_SECRET: GOOD, KEY_PACK_SECRET_PREVIOUS: ` ${GOOD}c , ${GOOD}d` }).KEY_PACK_SECRET_PREVIOUS).toEqual([`${GOOD}c`, `${GOOD}d`]);
    expect(weakSecretReason(GOOD)).toBeNull();
  });

  it("TRUST_PROXY is a hop count, none by default", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ LICENSING_SITE_URL: "javascript:alert(1)" })).toThrow(/LICENSING_SITE_URL/);
  });

  it("mail: SMTP_URL is an smtp(s) URL, unset by default (the local sink), MAIL_FROM has a default", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({}).MAIL_FROM).toContain("@");
    expect(parseEnv({ SMTP_URL: "smtps://mailer:pw@mail.example:465" }).SMTP_URL).toBe("smtps://mailer:pw@mail.example:465");
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ JOBS: "maybe" })).toThrow(/JOBS/);
  });
});
