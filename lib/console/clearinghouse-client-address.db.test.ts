// The console's Clearinghouse client names its own client to the routes: a header signed with the
// installation's secret (lib/auth/vouched-address.ts) that the routes' limits read (app/api/_lib/clearinghouse-route.ts).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VOUCHED_ADDRESS_HEADER, vouchedAddress } from "@/lib/auth/vouched-address";
import { getKeyPackSecrets } from "@/lib/key-pack-secret";
import { TEST_DATABASES, type TestDatabase } from "@/prisma/test-databases";
import { requestActivation } from "./clearinghouse-client";

const BODY = { productId: "00000000000000000000", firstName: "A", lastName: "B", company: "C", countryRegion: "US" };

let database: TestDatabase;
let server: Server;
let base: string;
let seen: IncomingHttpHeaders = {};

beforeAll(async () => {
  database = await TEST_DATABASES[1].open();
  // The client signs with the app's own database client (lib/db.ts), opened on first use.
  process.env.DATABASE_URL = database.url;
  server = createServer((req, res) => {
    seen = req.headers;
    res.writeHead(201, { "content-type": "application/json" });
    res.end(JSON.stringify({ licenseServerId: "1".repeat(35) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database?.drop();
});

describe("the console's client address, vouched for", () => {
  it("is sent signed, and the routes read it back", async () => {
    await requestActivation(BODY, { baseUrl: base, clientAddress: "198.51.3.4" });
    const header = seen[VOUCHED_ADDRESS_HEADER];
    expect(typeof header).toBe("string");
    expect(vouchedAddress(await getKeyPackSecrets(database.opened.db), header as string)).toBe("198.51.3.4");
  });

  it("is not sent outside a request with no address given", async () => {
    await requestActivation(BODY, { baseUrl: base });
    expect(seen[VOUCHED_ADDRESS_HEADER]).toBeUndefined();
  });
});
