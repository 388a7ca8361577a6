// The local mailbox survives clients that drop their connection: smtp-server re-emits each connection's
// error on the server, which would end the app's process without a listener (lib/mail/sink.ts).
import { connect } from "node:net";
import { describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/prisma-client";
import { startMailSink } from "./sink";

/**
 * Opens a connection, starts a message (MAIL FROM accepted), then resets the connection (a TCP RST, not a clean
 * close): smtp-server ignores a reset outside a message, but reports one inside it, as a stopped job's is.
 */
function resetMidMessage(url: string): Promise<void> {
  const { port } = new URL(url);
  const script = ["EHLO client.example\r\n", "MAIL FROM:<a@example.com>\r\n"];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    socket.once("error", reject);
    socket.on("data", () => {
      const line = script.shift();
      if (line) return void socket.write(line);
      socket.resetAndDestroy();
      resolve();
    });
  });
}

describe("the local mail sink", () => {
  it("logs a client's reset connection and goes on accepting connections", async () => {
    const said = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // No message is completed here, so the database is never reached.
    const sink = await startMailSink({} as Database);
    try {
      for (let i = 0; i < 3; i++) await resetMidMessage(sink.url);
      await vi.waitFor(() => expect(said).toHaveBeenCalledWith(expect.stringMatching(/^mail sink: /)), { timeout: 5000 });
      // Still serving: a new client gets the greeting.
      const greeting = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(sink.url).port), "127.0.0.1");
        socket.once("error", reject);
        socket.once("data", (data) => (resolve(String(data)), socket.end("QUIT\r\n")));
      });
      expect(greeting).toMatch(/^220 /);
    } finally {
      said.mockRestore();
      await sink.close();
    }
  });
});
