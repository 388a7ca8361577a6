// The layout checks of e2e/layout/every-page.spec.ts: a page must not scroll sideways, and every grouped ID
// on it (License Server IDs, license key pack IDs, license codes: groups of five joined by hyphens or
// spaces) must break only between groups and be fully visible, or inside a region that scrolls to it.
// The checks read the rendered text, not our markup, so they hold for any way an ID is drawn.
import type { Page } from "@playwright/test";
import { axeViolations } from "../a11y";
import { expect } from "../fixtures";

const WIDTHS = [360, 768, 1280, 1920] as const;

/** Runs in the browser: the problems found on the page as it is now. */
function findLayoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth} px`);

  // All visible text in document order, with where each text node starts in it. Text of different blocks
  // (a label and its value, a value and its Copy button) is kept apart by a line break.
  const nodes: { node: Text; start: number }[] = [];
  let text = "";
  const inline = new Set(["inline", "inline-block", "contents"]);
  const blockOf = (node: Node) => {
    let e = node.parentElement;
    while (e && inline.has(getComputedStyle(e).display)) e = e.parentElement;
    return e;
  };
  let lastBlock: Element | null = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest("script, style, noscript, template") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const block = blockOf(node);
    if (block !== lastBlock) text += "\n";
    lastBlock = block;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const locate = (offset: number) => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { node: nodes[lo]!.node, offset: offset - nodes[lo]!.start };
  };
  const hiddenFromSight = (el: Element | null) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clip !== "auto" || s.clipPath !== "none" || s.visibility === "hidden") return true;
    }
    return false;
  };
  /** Why the box is cut off, or null: outside the viewport, or outside a clipping box that does not scroll. */
  const clipped = (box: DOMRect, from: Element | null): string | null => {
    for (let e = from; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX === "visible") continue;
      const scrolls = (s.overflowX === "auto" || s.overflowX === "scroll") && e.scrollWidth > e.clientWidth;
      if (scrolls) return null; // reachable by scrolling its own region
      const r = e.getBoundingClientRect();
      if (box.left < r.left - 1 || box.right > r.right + 1) return `cut off by <${e.tagName.toLowerCase()} class="${e.className}">`;
    }
    if (box.left < -1 || box.right > root.clientWidth + 1) return "outside the window";
    return null;
  };

  const grouped = /(?<![0-9A-Za-z-])[0-9A-Z]{5}(?:[- ][0-9A-Z]{5}){4,6}(?![0-9A-Za-z-])/g;
  for (const match of text.matchAll(grouped)) {
    const id = match[0];
    const groups = Math.floor((id.length + 1) / 6);
    for (let g = 0; g < groups; g++) {
      const start = match.index + g * 6;
      const from = locate(start);
      const to = locate(start + 4);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset + 1);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0 || hiddenFromSight(from.node.parentElement)) continue;
      const tops = rects.map((r) => r.top);
      if (Math.max(...tops) - Math.min(...tops) > 2) problems.push(`${id}: group ${g + 1} "${id.slice(g * 6, g * 6 + 5)}" wraps inside itself`);
      const cut = clipped(range.getBoundingClientRect(), from.node.parentElement);
      if (cut) problems.push(`${id}: group ${g + 1} ${cut}`);
    }
  }
  return problems;
}

/**
 * Checks the page at each width (resizing the open page, as a person turning a tablet would), and returns
 * the problems, each prefixed with where they were seen. `before` runs at each width (open a menu, say).
 */
export async function layoutProblems(page: Page, label: string, before?: () => Promise<void>): Promise<string[]> {
  return (await pageProblems(page, label, { before })).layout;
}

export interface CheckOptions {
  /** Runs at each width before measuring (opens a menu, say). */
  before?: () => Promise<void>;
  /** Also run axe (e2e/a11y.ts) on the page, at AXE_WIDTH: one visit for both checks. */
  axe?: boolean;
}

/** The width axe runs at: the desktop window the other specs' axe checks see. */
const AXE_WIDTH = 1280;

/** The layout problems at each width and, when asked, axe's violations at AXE_WIDTH, of the page as it is. */
export async function pageProblems(page: Page, label: string, options: CheckOptions = {}): Promise<{ layout: string[]; axe: string[] }> {
  const layout: string[] = [];
  let axe: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    if (options.before) await options.before();
    // Two frames: the resize has been laid out (and any menu placed) before measuring.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const problem of await page.evaluate(findLayoutProblems)) layout.push(`${label} at ${width} px: ${problem}`);
    if (options.axe && width === AXE_WIDTH) axe = await axeViolations(page);
  }
  return { layout, axe };
}

/**
 * Opens `path` and checks it at every width. The page must answer `status` (200 unless told) and show a
 * main heading, so an error page never passes for the page meant.
 */
export async function checkPage(page: Page, path: string, options: CheckOptions & { status?: number; label?: string } = {}) {
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(options.status ?? 200);
  // Loaded (goto waits for the load event, after the page's scripts) and its fonts in: what is measured is
  // what a person sees. Not "networkidle": that also waits out Next's prefetches of every link, 0.65 s a page.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  return pageProblems(page, options.label ?? path, options);
}
