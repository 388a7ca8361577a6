// Unknown addresses and missing records answer 404 with the site's own page: its header, a heading that
// says so, and a link back into the site that works.
import { expect, test } from "../fixtures";
import { signedIn } from "../helpdesk/support";

const SITES = [
  { path: "/console/no-such-page", site: "Remote Desktop Licensing Manager", back: "Go to All Servers in Remote Desktop Licensing Manager", lands: /\/console$/ },
  { path: "/console/servers/00000000-0000-4000-8000-000000000000/properties", site: "Remote Desktop Licensing Manager", back: "Go to All Servers in Remote Desktop Licensing Manager", lands: /\/console$/ },
  { path: "/licensing/no-such-page", site: "Remote Desktop Services Licensing", back: "Go to Select Option", lands: /\/licensing$/ },
  { path: "/licensing/manage-cals/no-such-step", site: "Remote Desktop Services Licensing", back: "Go to Select Option", lands: /\/licensing$/ },
  { path: "/helpdesk/no-such-page", site: "Clearinghouse helpdesk", back: "Go to the helpdesk queue", lands: /\/helpdesk\/requests$/ },
  { path: "/helpdesk/requests/RQ-0000-0000", site: "Clearinghouse helpdesk", back: "Go to the helpdesk queue", lands: /\/helpdesk\/requests$/ },
  { path: "/no-such-page", site: "RD Licensing Studio", back: "Go to the RD Licensing Studio home page", lands: /\/$/ },
] as const;

for (const { path, site, back, lands } of SITES) {
  test(`${path} answers 404 with the ${site} header and a way back`, async ({ page, context, db }) => {
    if (path.startsWith("/helpdesk")) await signedIn(context, db, "AGENT");
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("banner").getByRole("link", { name: site, exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    // The skip link's target exists exactly once.
    await expect(page.locator("#main")).toHaveCount(1);
    await page.getByRole("link", { name: back }).click();
    await expect(page).toHaveURL(lands);
  });
}
