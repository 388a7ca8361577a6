// A queue's own errors (its pool's dropped connections, re-emitted by pg-boss) never go unheard: an event
// emitter without an "error" listener throws, which ended a CI run (lib/jobs/queue.ts).
import { describe, expect, it, vi } from "vitest";
import { openJobQueue } from "./queue";

describe("openJobQueue", () => {
  it("hands the queue's error events to its listener instead of throwing them", () => {
    const heard: string[] = [];
    // Not started: pg-boss connects on start(), so nothing here reaches a database.
    const boss = openJobQueue({ connectionString: "postgresql://nobody@127.0.0.1:1/none" }, {}, (error) => heard.push(error.message));
    expect(() => boss.emit("error", new Error("terminating connection due to administrator command"))).not.toThrow();
    expect(heard).toEqual(["terminating connection due to administrator command"]);
  });

  it("says the error on the console when no listener is given", () => {
    const said = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const boss = openJobQueue({ connectionString: "postgresql://nobody@127.0.0.1:1/none" });
      expect(() => boss.emit("error", new Error("Connection terminated unexpectedly"))).not.toThrow();
      expect(said).toHaveBeenCalledWith("jobs: Connection terminated unexpectedly");
    } finally {
      said.mockRestore();
    }
  });
});
