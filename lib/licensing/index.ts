// The licensing core: pure functions about IDs, credentials and option lists. No React, Next or Prisma.
// key-pack-id.ts (HMAC, node:crypto) is imported directly by server code, not re-exported here, so this
// index stays safe to import in the browser.
export * from "./catalog";
export * from "./credentials";
export * from "./groups";
export * from "./key-pack-id-format";
export * from "./license-server-id";
