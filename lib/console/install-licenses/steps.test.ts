import { describe, expect, it } from "vitest";
import {
  backInstallStep,
  canShowInstall,
  furthestInstall,
  installLandingAfterReplay,
  installPath,
  nextInstallStep,
  resumeInstallStep,
  type InstallRunState,
} from "./install-licenses-steps";

const web = (step: InstallRunState["step"]): InstallRunState => ({ step, method: "WEB_BROWSER" });
const auto = (step: InstallRunState["step"]): InstallRunState => ({ step, method: "AUTOMATIC" });

describe("the Install Licenses Wizard's pages", () => {
  it("follow the connection method", () => {
    expect(installPath("WEB_BROWSER")).toEqual(["INSTALL_WELCOME", "INSTALL_OBTAIN_KEY_PACK", "INSTALL_COMPLETED"]);
    expect(installPath("TELEPHONE")).toEqual(installPath("WEB_BROWSER"));
    expect(installPath("AUTOMATIC")).toEqual(["INSTALL_WELCOME", "INSTALL_LICENSE_PROGRAM", "INSTALL_LICENSE_INFORMATION", "INSTALL_PRODUCT_VERSION", "INSTALL_COMPLETED"]);
    expect(nextInstallStep("AUTOMATIC", "INSTALL_WELCOME")).toBe("INSTALL_LICENSE_PROGRAM");
    expect(nextInstallStep("TELEPHONE", "INSTALL_WELCOME")).toBe("INSTALL_OBTAIN_KEY_PACK");
    expect(nextInstallStep("AUTOMATIC", "INSTALL_COMPLETED")).toBeNull();
  });

  it("show only Welcome without a run, and only pages of the run's path it has reached", () => {
    expect(canShowInstall(null, "INSTALL_WELCOME")).toBe(true);
    expect(canShowInstall(null, "INSTALL_OBTAIN_KEY_PACK")).toBe(false);
    expect(canShowInstall(web("INSTALL_OBTAIN_KEY_PACK"), "INSTALL_WELCOME")).toBe(true);
    expect(canShowInstall(web("INSTALL_OBTAIN_KEY_PACK"), "INSTALL_LICENSE_PROGRAM")).toBe(false);
    expect(canShowInstall(auto("INSTALL_LICENSE_INFORMATION"), "INSTALL_LICENSE_PROGRAM")).toBe(true);
    expect(canShowInstall(auto("INSTALL_LICENSE_INFORMATION"), "INSTALL_PRODUCT_VERSION")).toBe(false);
    expect(canShowInstall(auto("INSTALL_PRODUCT_VERSION"), "INSTALL_OBTAIN_KEY_PACK")).toBe(false);
    // Completing shows the closed run, never an open one.
    expect(canShowInstall(auto("INSTALL_PRODUCT_VERSION"), "INSTALL_COMPLETED")).toBe(false);
  });

  it("go back along the path and keep the furthest page reached", () => {
    expect(backInstallStep("AUTOMATIC", "INSTALL_PRODUCT_VERSION")).toBe("INSTALL_LICENSE_INFORMATION");
    expect(backInstallStep("WEB_BROWSER", "INSTALL_OBTAIN_KEY_PACK")).toBe("INSTALL_WELCOME");
    expect(backInstallStep("WEB_BROWSER", "INSTALL_WELCOME")).toBeNull();
    expect(backInstallStep("AUTOMATIC", "INSTALL_COMPLETED")).toBeNull();
    expect(furthestInstall("AUTOMATIC", "INSTALL_PRODUCT_VERSION", "INSTALL_LICENSE_PROGRAM")).toBe("INSTALL_PRODUCT_VERSION");
    expect(resumeInstallStep(null)).toBe("INSTALL_WELCOME");
    expect(resumeInstallStep(auto("INSTALL_LICENSE_INFORMATION"))).toBe("INSTALL_LICENSE_INFORMATION");
  });

  it("send a replayed Next where the run is, or to Completing once it has closed", () => {
    expect(installLandingAfterReplay(null, "INSTALL_OBTAIN_KEY_PACK")).toBe("finished");
    expect(installLandingAfterReplay(auto("INSTALL_PRODUCT_VERSION"), "INSTALL_LICENSE_PROGRAM")).toBe("INSTALL_LICENSE_INFORMATION");
    expect(installLandingAfterReplay(auto("INSTALL_LICENSE_PROGRAM"), "INSTALL_LICENSE_INFORMATION")).toBe("INSTALL_LICENSE_PROGRAM");
  });
});
