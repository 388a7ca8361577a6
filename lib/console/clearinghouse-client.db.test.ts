// The console's one Clearinghouse client: every failure is a message for the wizard page, never a throw
// (a db test only because it opens local HTTP servers; it needs no database).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestActivation, requestDeactivation } from "./clearinghouse-client";
import { freePort } from "@/e2e/reliability/support/second-server";

const BODY = { productId: "00000000000000000000", firstName: "A", lastName: "B", company: "C", countryRegion: "US" };

let server: Server;
let base: string;
let answer: { status: number; body: string } = { status: 200, body: "{}" };

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("clearinghouse client", () => {
  it("reads the License Server ID of a good answer", async () => {
    answer = { status: 201, body: JSON.stringify({ licenseServerId: "1".repeat(35) }) };
    expect(await requestActivation(BODY, { baseUrl: base })).toEqual({ ok: true, licenseServerId: "1".repeat(35) });
  });

  it("says the Clearinghouse cannot be reached when nothing listens", async () => {
    const port = await freePort();
    const result = await requestActivation(BODY, { baseUrl: `http://127.0.0.1:${port}` });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/could not connect to the Microsoft Clearinghouse/) });
  });

  it("says what a 4xx said, and a 5xx is a try-again", async () => {
    answer = { status: 409, body: JSON.stringify({ error: "The Clearinghouse has no active license server with this Product ID" }) };
    expect(await requestDeactivation({ ...BODY, licenseServerId: "1".repeat(35), contactName: "A", contactEmail: "a@b.example" }, { baseUrl: base })).toEqual({
      ok: false,
      kind: "refused",
      message: "The Microsoft Clearinghouse refused the request: The Clearinghouse has no active license server with this Product ID.",
      said: "The Clearinghouse has no active license server with this Product ID",
      fieldErrors: {},
    });
    answer = { status: 503, body: "not json" };
    expect(await requestActivation(BODY, { baseUrl: base })).toMatchObject({ ok: false, message: expect.stringMatching(/error 503\)\. Try again/) });
  });

  it("refuses an answer of the wrong shape", async () => {
    answer = { status: 200, body: JSON.stringify({ licenseServerId: "123" }) };
    expect(await requestActivation(BODY, { baseUrl: base })).toMatchObject({ ok: false, message: expect.stringMatching(/could not read/) });
  });

  it("gives up after the timeout", async () => {
    const slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const result = await requestActivation(BODY, { baseUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}`, timeoutMs: 200 });
    slow.closeAllConnections();
    slow.close();
    expect(result).toMatchObject({ ok: false });
  });
});
