// Issue 18 point 4: the page's step counter (the Procedure toggle's label, lib/procedure/location.ts
// positionLabel) and the demo's caption (e2e/demo/demo-step.ts) agree on every frame. The demos record, per
// page, every change of either label and every action on the page (e2e/demo/label-log.ts); this checks the
// record. Pure, so its rules are unit-tested (counter-agreement.test.ts).
//
// The rule: while a caption names step N of a procedure of M steps, the counter shows "Step N of M" or a
// range of M containing N. Two transitions are allowed, both bounded by what the page records, not by time:
//  - leading: from the caption's change until the step's first action has been rendered (the first
//    navigation, pointer press, typed key or value change, plus the two frames the page needs to draw what it
//    did). Until then the page is still where the previous step left it.
//  - trailing: from the first navigation after the step's last input on (the page its Next, or its last
//    click, took it to, and any redirect from there; for a step without input, its first navigation), the
//    counter may also show the step of the next caption on this page, or "All M steps done" after the
//    procedure's last step.
// A step with no action on the page has no transition: the counter must agree throughout.
// By rule, not by accident: only the console (/console) and the web site (/licensing) have the counter (their
// layouts render the Procedure toggle); captions on other pages (the helpdesk, about:blank before the first
// address) are not checked, and captions that name no step ("Steps 1 to 8 done", the helpdesk's asides) are
// not either. Everywhere else a missing counter is a disagreement.

export type LabelEvent =
  /** Both labels as the page shows them now (logged whenever one of them, or the address, changes). */
  | { kind: "labels"; t: number; path: string; caption: string | null; text: string | null; counter: string | null }
  /** Something that moves the page: a navigation (an address change or a new document) or an input. */
  | { kind: "action"; t: number; id: number; what: string }
  /** Two frames after action `id`: what it did is drawn. */
  | { kind: "settled"; t: number; id: number };

export interface PageLabelLog {
  /** "License server computer, page 1". */
  name: string;
  events: LabelEvent[];
  /** When the record ends (the page closed or the test ended). */
  endedAt: number;
}

/** Pages with the Procedure toggle in their header. */
const COUNTER_PAGES = [/^\/console(\/|$)/, /^\/licensing(\/|$)/];

export interface StepRef {
  step: number;
  of: number;
}

export type Counter = { kind: "range"; from: number; to: number; of: number } | { kind: "done"; of: number };

/** "Step 9 of 19 · Remote Desktop Licensing Manager · second key pack" → step 9 of 19; null for narrated asides. */
export function captionStep(label: string | null): StepRef | null {
  const match = label ? /^Step (\d+) of (\d+)(?: ·|$)/.exec(label) : null;
  return match ? { step: Number(match[1]), of: Number(match[2]) } : null;
}

/** positionLabel's three forms: "Step 9 of 19", "Steps 11 and 12 of 19", "All 19 steps done". */
export function parseCounter(label: string | null): Counter | null {
  if (!label) return null;
  const one = /^Step (\d+) of (\d+)$/.exec(label);
  if (one) return { kind: "range", from: Number(one[1]), to: Number(one[1]), of: Number(one[2]) };
  const two = /^Steps (\d+) and (\d+) of (\d+)$/.exec(label);
  if (two) return { kind: "range", from: Number(two[1]), to: Number(two[2]), of: Number(two[3]) };
  const done = /^All (\d+) steps done$/.exec(label);
  return done ? { kind: "done", of: Number(done[1]) } : null;
}

function shows(counter: Counter | null, ref: StepRef): boolean {
  return counter?.kind === "range" && counter.of === ref.of && counter.from <= ref.step && ref.step <= counter.to;
}

interface Window {
  caption: string;
  text: string | null;
  ref: StepRef | null;
  start: number;
  end: number;
}

/** The periods during which one caption (label and sentence) was on the page; a reload's blank moment stays inside. */
function captionWindows(labels: Extract<LabelEvent, { kind: "labels" }>[], endedAt: number): Window[] {
  const windows: Window[] = [];
  for (const event of labels) {
    if (event.caption === null) continue;
    const last = windows.at(-1);
    if (last && last.caption === event.caption && last.text === event.text) continue;
    if (last) last.end = event.t;
    windows.push({ caption: event.caption, text: event.text, ref: captionStep(event.caption), start: event.t, end: endedAt });
  }
  return windows;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Every disagreement of one page's record, in words; empty when the counter agreed with the caption throughout. */
export function counterDisagreements(log: PageLabelLog): string[] {
  const events = [...log.events].sort((a, b) => a.t - b.t);
  const labels = events.filter((e): e is Extract<LabelEvent, { kind: "labels" }> => e.kind === "labels");
  const actions = events.filter((e): e is Extract<LabelEvent, { kind: "action" }> => e.kind === "action");
  const settled = new Map(events.filter((e) => e.kind === "settled").map((e) => [e.id, e.t]));
  const windows = captionWindows(labels, log.endedAt);
  const problems: string[] = [];

  windows.forEach((window, i) => {
    const { ref } = window;
    if (!ref) return; // a narrated aside names no step
    const next = windows.slice(i + 1).find((w) => w.ref)?.ref ?? null;
    const inside = actions.filter((a) => a.t >= window.start && a.t < window.end);
    const first = inside[0];
    const leadingEnd = first ? Math.max(first.t, settled.get(first.id) ?? first.t) : window.start;
    const isNavigation = (a: { what: string }) => a.what === "navigation" || a.what === "load";
    const lastInput = inside.findLast((a) => !isNavigation(a));
    const trailingStart = inside.find((a) => isNavigation(a) && (!lastInput || a.t >= lastInput.t))?.t ?? window.end;
    const allowedLater = (counter: Counter | null) =>
      shows(counter, ref) || (next !== null && shows(counter, next)) || (ref.step === ref.of && counter?.kind === "done" && counter.of === ref.of);

    // The states shown during the window, each from its event to the next one.
    const states = labels.filter((e) => e.t < window.end);
    states.forEach((state, k) => {
      const from = Math.max(state.t, window.start);
      const to = Math.min(states[k + 1]?.t ?? window.end, window.end);
      if (to <= from || state.caption !== window.caption) return;
      if (!COUNTER_PAGES.some((pattern) => pattern.test(state.path))) return; // no counter on this page, by design
      const counter = parseCounter(state.counter);
      // Cut the state at the transitions' edges and judge each part.
      const cuts = [from, ...[leadingEnd, trailingStart].filter((c) => c > from && c < to), to].sort((a, b) => a - b);
      let wrong = null as { at: number; length: number; where: string } | null;
      for (let c = 0; c + 1 < cuts.length; c++) {
        const [a, b] = [cuts[c]!, cuts[c + 1]!];
        if (b <= a || b <= leadingEnd) continue; // leading transition
        const later = a >= trailingStart;
        if (later ? allowedLater(counter) : shows(counter, ref)) continue;
        const where = later ? "after the step's last navigation" : first ? "after the step's first action" : "with no action in the step";
        wrong = wrong ? { ...wrong, length: wrong.length + (b - a) } : { at: a, length: b - a, where };
      }
      if (wrong) {
        problems.push(
          `${log.name}: caption "Step ${ref.step} of ${ref.of}" but counter ${state.counter === null ? "absent" : `"${state.counter}"`} on ${state.path} for ${seconds(wrong.length)}, ${seconds(wrong.at - window.start)} into the step (${wrong.where})`,
        );
      }
    });
  });
  return problems;
}
