// Shared axe-core checks for end-to-end specs: WCAG 2.0/2.1 A and AA rules, zero violations or the test
// fails. Elements a test adds to a page (the demos' captions, marked `data-e2e-overlay`) are hidden while
// axe runs, so they neither count nor change what axe sees under them.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Marks an element that a test injected into the page; axe scans never see it. */
export const OVERLAY_ATTRIBUTE = "data-e2e-overlay";

async function setOverlaysHidden(page: Page, hidden: boolean) {
  await page.evaluate(
    ([attribute, hide]) => {
      for (const el of document.querySelectorAll<HTMLElement>(`[${attribute}]`)) el.style.visibility = hide ? "hidden" : "";
    },
    [OVERLAY_ATTRIBUTE, hidden] as const,
  );
}

/** Violations as "rule-id: help (selectors)" lines, empty when the page is clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Next streams a dynamic page's metadata after its body, so the <title> can arrive a moment after the page
  // shows (axe then reported "document-title" in a demo, once). Wait for it as a person's browser would: a
  // page that never gets one still fails here.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  await setOverlaysHidden(page, true);
  try {
    // Legacy mode runs axe in the page itself instead of opening a blank page per scan (which would show up
    // as a stray one-second video in the demos); the app has no cross-origin frames for it to miss.
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude(`[${OVERLAY_ATTRIBUTE}]`).setLegacyMode().analyze();
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  } finally {
    await setOverlaysHidden(page, false);
  }
}

export async function expectAxeClean(page: Page, where = new URL(page.url()).pathname) {
  expect(await axeViolations(page), `axe (WCAG 2.x A/AA) on ${where}`).toEqual([]);
}

/**
 * Scans each page a flow visits once: by path, plus an optional state ("errors shown") for a second look
 * at the same address. Page objects call it when they arrive somewhere.
 */
export class AxeScanner {
  private readonly seen = new Set<string>();

  async scan(page: Page, state = "") {
    const key = `${new URL(page.url()).pathname}${state ? ` (${state})` : ""}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    await expectAxeClean(page, key);
  }

  /** What was scanned, for a test to check the flow covered the pages it meant to. */
  get scanned(): string[] {
    return [...this.seen];
  }

  /** Fails unless each pattern (a path where `*` stands for one segment) matches a scanned page. */
  expectCovered(patterns: string[]) {
    const paths = this.scanned.map((key) => key.replace(/ \(.*\)$/, ""));
    const missing = patterns.filter((pattern) => {
      const re = new RegExp(`^${pattern.replace(/\*/g, "[^/]+")}$`);
      return !paths.some((p) => re.test(p));
    });
    expect(missing, `pages not checked with axe (checked: ${this.scanned.join(", ")})`).toEqual([]);
  }
}
