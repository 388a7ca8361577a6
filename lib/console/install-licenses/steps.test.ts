import { describe, expect, it } from "vitest";
import type { ConnectionMethod } from "@/lib/licensing/catalog";
import { INSTALL_LICENSES, type InstallRunState } from "./steps";

const web = (step: InstallRunState["step"]): InstallRunState => ({ step, method: "WEB_BROWSER" });
const auto = (step: InstallRunState["step"]): InstallRunState => ({ step, method: "AUTOMATIC" });
/** Back reads only the route of the run (its connection method). */
const on = (method: ConnectionMethod): InstallRunState => ({ step: "INSTALL_WELCOME", method });
const { path, next, canShow, back, furthest, resume, landing } = INSTALL_LICENSES;

describe("the Install Licenses Wizard's pages", () => {
  it("follow the connection method", () => {
    expect(path("WEB_BROWSER")).toEqual(["INSTALL_WELCOME", "INSTALL_OBTAIN_KEY_PACK", "INSTALL_COMPLETED"]);
    expect(path("TELEPHONE")).toEqual(path("WEB_BROWSER"));
    expect(path("AUTOMATIC")).toEqual(["INSTALL_WELCOME", "INSTALL_LICENSE_PROGRAM", "INSTALL_LICENSE_INFORMATION", "INSTALL_PRODUCT_VERSION", "INSTALL_COMPLETED"]);
    expect(next("AUTOMATIC", "INSTALL_WELCOME")).toBe("INSTALL_LICENSE_PROGRAM");
    expect(next("TELEPHONE", "INSTALL_WELCOME")).toBe("INSTALL_OBTAIN_KEY_PACK");
    expect(next("AUTOMATIC", "INSTALL_COMPLETED")).toBeNull();
  });

  it("show only Welcome without a run, and only pages of the run's path it has reached", () => {
    expect(canShow(null, "INSTALL_WELCOME")).toBe(true);
    expect(canShow(null, "INSTALL_OBTAIN_KEY_PACK")).toBe(false);
    expect(canShow(web("INSTALL_OBTAIN_KEY_PACK"), "INSTALL_WELCOME")).toBe(true);
    expect(canShow(web("INSTALL_OBTAIN_KEY_PACK"), "INSTALL_LICENSE_PROGRAM")).toBe(false);
    expect(canShow(auto("INSTALL_LICENSE_INFORMATION"), "INSTALL_LICENSE_PROGRAM")).toBe(true);
    expect(canShow(auto("INSTALL_LICENSE_INFORMATION"), "INSTALL_PRODUCT_VERSION")).toBe(false);
    expect(canShow(auto("INSTALL_PRODUCT_VERSION"), "INSTALL_OBTAIN_KEY_PACK")).toBe(false);
    // Completing shows the closed run, never an open one.
    expect(canShow(auto("INSTALL_PRODUCT_VERSION"), "INSTALL_COMPLETED")).toBe(false);
  });

  it("go back along the path and keep the furthest page reached", () => {
    expect(back(on("AUTOMATIC"), "INSTALL_PRODUCT_VERSION")).toBe("INSTALL_LICENSE_INFORMATION");
    expect(back(on("WEB_BROWSER"), "INSTALL_OBTAIN_KEY_PACK")).toBe("INSTALL_WELCOME");
    expect(back(on("WEB_BROWSER"), "INSTALL_WELCOME")).toBeNull();
    expect(back(on("AUTOMATIC"), "INSTALL_COMPLETED")).toBeNull();
    expect(furthest("AUTOMATIC", "INSTALL_PRODUCT_VERSION", "INSTALL_LICENSE_PROGRAM")).toBe("INSTALL_PRODUCT_VERSION");
    expect(resume(null)).toBe("INSTALL_WELCOME");
    expect(resume(auto("INSTALL_LICENSE_INFORMATION"))).toBe("INSTALL_LICENSE_INFORMATION");
  });

  it("send a replayed Next where the run is, or to Completing once it has closed", () => {
    // Was "finished", which the action turned into Completing: the engine answers the page itself.
    expect(landing(null, "INSTALL_OBTAIN_KEY_PACK")).toBe("INSTALL_COMPLETED");
    expect(landing(auto("INSTALL_PRODUCT_VERSION"), "INSTALL_LICENSE_PROGRAM")).toBe("INSTALL_LICENSE_INFORMATION");
    expect(landing(auto("INSTALL_LICENSE_PROGRAM"), "INSTALL_LICENSE_INFORMATION")).toBe("INSTALL_LICENSE_PROGRAM");
  });
});
