// server/forwarded-headers.mjs's relay: the values settled for a request that ran a server action go with
// Next's own request for the page the action redirected to, and only values this process sealed are believed.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { applyTrustedForwarded, openSettled, sealSettled, SETTLED_HEADER } from "@/server/forwarded-headers.mjs";

const key = randomBytes(32);
const settled = { clientAddress: "198.51.100.9", host: "192.168.1.20:3000", proto: "http" as const };

function request(headers: Record<string, string>, remoteAddress = "127.0.0.1") {
  return { headers: { ...headers }, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe("the settled values relayed to Next's request for a redirect's page", () => {
  it("opens what it sealed, within a minute, with its own key only", () => {
    const now = 1_800_000_000_000;
    const sealed = sealSettled(settled, key, now);
    expect(openSettled(sealed, key, now + 1_000)).toEqual(settled);
    expect(openSettled(sealed, key, now + 61_000)).toBeNull();
    expect(openSettled(sealed, randomBytes(32), now)).toBeNull();
    const [body, mac] = sealed.split(".");
    const forged = Buffer.from(JSON.stringify({ ...settled, host: "evil.example", at: now })).toString("base64url");
    expect(openSettled(`${forged}.${mac}`, key, now)).toBeNull();
    expect(openSettled(`${body}.${mac}.x`, key, now)).toBeNull();
    expect(openSettled("", key, now)).toBeNull();
    expect(openSettled(undefined, key, now)).toBeNull();
  });

  it("gives Next's own request (Host 0.0.0.0, from 127.0.0.1) the browser's host, address and scheme", () => {
    const browser = request({ host: "192.168.1.20:3000" }, "198.51.100.9");
    applyTrustedForwarded(browser, 0, key);
    expect(browser.headers.host).toBe("192.168.1.20:3000");
    // Next copies the action request's headers onto its fetch of the redirect's page, whose Host is the bind address.
    const own = request({ ...(browser.headers as Record<string, string>), host: "0.0.0.0:3000" });
    applyTrustedForwarded(own, 0, key);
    expect(own.headers).toMatchObject({ host: "192.168.1.20:3000", "x-forwarded-host": "192.168.1.20:3000", "x-forwarded-for": "198.51.100.9", "x-forwarded-proto": "http" });
  });

  it("believes no value a client sealed itself, and drops it", () => {
    const sealedElsewhere = sealSettled({ ...settled, host: "evil.example" }, randomBytes(32));
    const client = request({ host: "app.example", [SETTLED_HEADER]: sealedElsewhere }, "203.0.113.7");
    applyTrustedForwarded(client, 0, key);
    expect(client.headers).toMatchObject({ host: "app.example", "x-forwarded-for": "203.0.113.7" });
    expect(openSettled(client.headers[SETTLED_HEADER], key)).toEqual({ clientAddress: "203.0.113.7", host: "app.example", proto: "http" });
    // Without a key (no relay), the header is dropped and nothing is sealed.
    const plain = request({ host: "app.example", [SETTLED_HEADER]: sealedElsewhere });
    applyTrustedForwarded(plain, 0);
    expect(plain.headers[SETTLED_HEADER]).toBeUndefined();
  });
});
