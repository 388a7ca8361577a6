// The recovery kit's and the customer history's server actions (docs/decisions/035-recovery-kit.md) as the
// action client registered them: the console's takes the server through the visible-server guard, the Web
// site's are public and each counts a per-address limit before it does anything.
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { entryOf } = await import("@/lib/actions/registry");
const consoleActions = await import("@/lib/console/recovery-kit/actions");
const siteActions = await import("@/lib/clearinghouse/recovery-kit/actions");
const historyActions = await import("@/lib/clearinghouse/customer-history/actions");

describe("the recovery kit's actions", () => {
  it("install a response file only on a server this browser may see", () => {
    expect(entryOf(consoleActions.installResponseFileForm)).toMatchObject({ guard: "visible-server", endpoint: "form", schema: expect.anything() });
  });

  it("count a per-address limit on the Web site: redeeming as a new request, the history's link as a status lookup", () => {
    expect(entryOf(siteActions.redeemRecoveryKitForm)).toMatchObject({ guard: "public", limits: ["new-draft"] });
    expect(entryOf(historyActions.askForHistoryForm)).toMatchObject({ guard: "public", limits: ["status-lookup"] });
    expect(entryOf(historyActions.openHistoryLinkForm)).toMatchObject({ guard: "public", limits: ["status-lookup"] });
  });
});
