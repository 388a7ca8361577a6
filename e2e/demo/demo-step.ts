// demoStep: one numbered step of the procedure as a test.step named after it, with a caption on the page
// (the step's number and the document's sentence) while it runs, and in demo mode a screenshot of where the
// step ends; libraryStep does the same for any procedure of the library (lib/procedure/library.ts). The
// caption is aria-hidden and marked as an overlay, so axe scans never see it (e2e/a11y.ts), and it ignores
// the pointer, so clicks reach the page under it. Its script also records every change of the caption and of
// the page's step counter, and every action, for the check that they agree (e2e/demo/label-log.ts).
import { expect, type Locator, type Page } from "@playwright/test";
import type { ProcedureId } from "@/lib/procedure/catalog";
import { PROCEDURES } from "@/lib/procedure/library";
import { OVERLAY_ATTRIBUTE } from "../a11y";
import { test } from "../fixtures";
import { filmLog } from "./film-log";
import { LABEL_BINDING, recordLabels } from "./label-log";

/** `npm run demo` (playwright.demo.config.ts) sets this metadata. */
export function isDemoMode(): boolean {
  return test.info().config.metadata?.demo === true;
}

/** Typing speed for the page objects: watchable in demo mode, instant otherwise. */
function typingDelay(): number | undefined {
  return isDemoMode() ? 40 : undefined;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Before a control is acted on in a demo: the caption must not cover it. Scrolled to the middle if it does;
 * where the page cannot scroll so far, the caption moves to the top edge. Then checked.
 */
async function keepCaptionClear(target: Locator) {
  const caption = target.page().locator(`[${OVERLAY_ATTRIBUTE}="caption"]`);
  if ((await caption.count()) === 0) return;
  const covered = async () => {
    const [box, bar] = [await target.boundingBox(), await caption.boundingBox()];
    return box && bar ? boxesOverlap(box, bar) : false;
  };
  if (!(await covered())) return;
  await target.evaluate((el) => el.scrollIntoView({ block: "center" }));
  if (await covered()) await caption.evaluate((bar) => Object.assign(bar.style, { top: "0", bottom: "auto" }));
  expect(await covered(), `the caption covers ${target}`).toBe(false);
}

/** The page objects' input options in the demos: slow typing and the caption kept off the controls in demo mode. */
export function demoInput() {
  return isDemoMode() ? { typingDelay: typingDelay(), beforeAct: keepCaptionClear } : {};
}

export interface Caption {
  /** The small line above the text, e.g. "Step 9 of 19 · Remote Desktop Licensing Manager". */
  label: string;
  text: string;
}

export interface StepOptions {
  /** Only this sentence of the step (it must be in the document's text), e.g. one half of step 19. */
  sentence?: string;
  /** Added to the step's name and caption, e.g. "second key pack". */
  pass?: string;
  /** Also show the document's note of this step (e.g. step 9's "no Internet connectivity"). */
  withNote?: boolean;
  /** Where the step is done, when not on the step's own site (e.g. the helpdesk's Phone desk). */
  where?: string;
}

const SITE_NAMES = { console: "Remote Desktop Licensing Manager", licensing: "Remote Desktop Services Licensing Web site" } as const;
const captions = new WeakMap<Page, Caption>();
/** The header's Procedure button (PANEL_ID of components/procedure/procedure-provider.tsx, a client module). */
const PROCEDURE_TOGGLE = '[aria-controls="procedure-panel"]';

interface ScriptOptions {
  attribute: string;
  /** The Procedure toggle: the counter is the label beside it (components/procedure/procedure-toggle.tsx). */
  toggle: string;
  binding: string;
  /** Run as an init script, i.e. in a document that has just been created (a navigation). */
  fresh: boolean;
}

/** Shows `caption` on the page now and again after each page load (the page asks for it through a binding). */
async function showCaption(page: Page, caption: Caption) {
  const first = !captions.has(page);
  captions.set(page, caption);
  const options = { attribute: OVERLAY_ATTRIBUTE, toggle: PROCEDURE_TOGGLE, binding: LABEL_BINDING };
  if (first) {
    await page.exposeBinding("__e2eCaptionNow", () => captions.get(page) ?? null);
    await recordLabels(test.info(), page);
    await page.addInitScript(captionScript, { ...options, fresh: true });
  }
  await page.evaluate(captionScript, { ...options, fresh: false });
  await page.evaluate((c) => (window as unknown as { __e2eCaption: (c: Caption) => void }).__e2eCaption(c), caption);
}

/**
 * Runs in the page: defines window.__e2eCaption (draws or updates the bar); on load, draws the current one.
 * And the recorder: a MutationObserver that logs the caption, the counter and the address whenever one of
 * them changes, and listeners that log each action (a navigation, a pointer press, a key other than those
 * that only move the focus, a value change) with the moment two frames later when it is drawn.
 */
function captionScript({ attribute, toggle, binding, fresh }: ScriptOptions) {
  type Bar = { label: string; text: string };
  type Event = Record<string, unknown>;
  const w = window as unknown as { __e2eCaption?: (c: Bar) => void; __e2eCaptionNow: () => Promise<Bar | null> } & Record<string, ((e: Event) => void) | undefined>;
  if (w.__e2eCaption) return;
  w.__e2eCaption = ({ label, text }) => {
    let bar = document.querySelector<HTMLElement>(`[${attribute}="caption"]`);
    if (!bar) {
      bar = document.createElement("div");
      bar.setAttribute(attribute, "caption");
      bar.setAttribute("aria-hidden", "true");
      bar.style.cssText =
        "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;pointer-events:none;background:#111;color:#fff;" +
        "border-top:4px solid #ffd400;padding:10px 20px 12px;font:17px/1.4 system-ui,sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.4)";
      bar.innerHTML = '<div data-part="label" style="color:#ffd400;font-weight:700;font-size:14px"></div><div data-part="text"></div>';
      document.body.appendChild(bar);
    }
    // Each step starts with the bar at the bottom (keepCaptionClear may have moved it to the top).
    Object.assign(bar.style, { top: "auto", bottom: "0" });
    bar.querySelector<HTMLElement>('[data-part="label"]')!.textContent = label;
    bar.querySelector<HTMLElement>('[data-part="text"]')!.textContent = text;
    // Keep what the test scrolls to (Next buttons at the bottom) above the bar, not under it.
    const height = `${bar.offsetHeight + 16}px`;
    document.documentElement.style.scrollPaddingBottom = height;
    document.body.style.paddingBottom = height;
  };
  const redraw = () => void w.__e2eCaptionNow?.().then((c) => c && w.__e2eCaption!(c));
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", redraw);

  const queue: Event[] = [];
  const flush = () => {
    while (queue.length && typeof w[binding] === "function") w[binding]!(queue.shift()!);
    if (queue.length) setTimeout(flush, 50);
  };
  const send = (event: Event) => {
    queue.push(event);
    flush();
  };
  const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
  let last = "";
  const snapshot = () => {
    const state = {
      path: location.protocol === "about:" ? "about:blank" : location.pathname,
      caption: text(`[${attribute}="caption"] [data-part="label"]`),
      text: text(`[${attribute}="caption"] [data-part="text"]`),
      counter: document.querySelector(toggle)?.nextElementSibling?.textContent ?? null,
    };
    const key = JSON.stringify(state);
    if (key !== last) send({ kind: "labels", t: Date.now(), ...state });
    last = key;
  };
  new MutationObserver(snapshot).observe(document, { subtree: true, childList: true, characterData: true });
  let ids = 0;
  const action = (what: string) => {
    const id = ++ids;
    send({ kind: "action", t: Date.now(), id, what });
    let done = false;
    const settled = () => {
      if (!done) send({ kind: "settled", t: Date.now(), id });
      done = true;
    };
    requestAnimationFrame(() => requestAnimationFrame(settled));
    setTimeout(settled, 100); // a page in the background draws no frames
    snapshot();
  };
  const MOVES = /^(Tab|Shift|Control|Alt|Meta|Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/;
  addEventListener("pointerdown", () => action("pointerdown"), true);
  addEventListener("keydown", (e) => MOVES.test(e.key) || action(`key ${e.key}`), true);
  addEventListener("input", () => action("input"), true);
  addEventListener("change", () => action("change"), true);
  for (const name of ["pushState", "replaceState"] as const) {
    const original = history[name].bind(history);
    history[name] = (...args: Parameters<History["pushState"]>) => {
      const before = location.href;
      original(...args);
      if (location.href !== before) action("navigation");
    };
  }
  addEventListener("popstate", () => action("navigation"));
  if (fresh) action("load");
  snapshot();
}

function sentenceOf(text: string, sentence?: string): string {
  if (!sentence) return text;
  if (!text.includes(sentence)) throw new Error(`"${sentence}" is not in the step's text: ${text}`);
  return sentence;
}

function stepOf(procedure: ProcedureId, number: number) {
  const step = PROCEDURES[procedure].steps.find((s) => s.number === number);
  if (!step) throw new Error(`${procedure} has no step ${number}`);
  return step;
}

/** The step's name: its number and first sentence, without the closing full stop. */
function stepTitle(number: number, options: StepOptions = {}, procedure: ProcedureId = "rebuild-web"): string {
  const text = sentenceOf(stepOf(procedure, number).text, options.sentence);
  const first = text.split(/(?<=\.) /)[0]!.replace(/\.$/, "");
  return `${number}. ${first}${options.pass ? ` (${options.pass})` : ""}`;
}

const screenshots = new WeakMap<object, number>();

async function run<T>(page: Page, title: string, caption: Caption, body: () => Promise<T>): Promise<T> {
  return test.step(title, async () => {
    await showCaption(page, caption);
    const startedAt = Date.now();
    const result = await body();
    filmLog(test.info())?.step(page, { ...caption, startedAt, endedAt: Date.now() });
    if (isDemoMode()) {
      const info = test.info();
      const count = (screenshots.get(info) ?? 0) + 1;
      screenshots.set(info, count);
      const name = `step-${String(count).padStart(2, "0")}`;
      const file = info.outputPath(`${name}.png`);
      await page.screenshot({ path: file });
      // The attachment's file name is made from its name: keep it short.
      await info.attach(`${name} - ${title.length > 60 ? `${title.slice(0, 57)}...` : title}`, { path: file, contentType: "image/png" });
    }
    return result;
  });
}

/** One numbered step of procedure `procedure` of the library on `page`: "Step 9 of 12 · <site>" and its text. */
export function libraryStep<T>(procedure: ProcedureId, page: Page, number: number, body: () => Promise<T>, options: StepOptions = {}): Promise<T> {
  const step = stepOf(procedure, number);
  const count = PROCEDURES[procedure].steps.length;
  const label = `Step ${number} of ${count} · ${options.where ?? SITE_NAMES[step.site]}${options.pass ? ` · ${options.pass}` : ""}`;
  const text = sentenceOf(step.text, options.sentence) + (options.withNote && step.note ? ` ${step.note}` : "");
  return run(page, stepTitle(number, options, procedure), { label, text }, body);
}

/** One numbered step of the rebuild by Web browser (1-19) on `page`. */
export function demoStep<T>(page: Page, number: number, body: () => Promise<T>, options: StepOptions = {}): Promise<T> {
  return libraryStep("rebuild-web", page, number, body, options);
}

/** A step outside the numbered procedure (the helpdesk's part), captioned the same way. */
export function narratedStep<T>(page: Page, caption: Caption, body: () => Promise<T>): Promise<T> {
  return run(page, `${caption.label}: ${caption.text.replace(/\.$/, "")}`, caption, body);
}
