import { describe, expect, it } from "vitest";
import { captionStep, counterDisagreements, parseCounter, type LabelEvent } from "./counter-agreement";

const RDLM = "Remote Desktop Licensing Manager";
const labels = (t: number, caption: string | null, counter: string | null, path = "/console/servers/s/manage-cals/welcome"): LabelEvent => ({
  kind: "labels",
  t,
  path,
  caption,
  text: caption ? `the sentence of ${caption}` : null,
  counter,
});
let ids = 0;
const action = (t: number, settledAfter = 30, what = "pointerdown"): LabelEvent[] => {
  const id = ++ids;
  return [{ kind: "action", t, id, what }, { kind: "settled", t: t + settledAfter, id }];
};
const navigation = (t: number) => action(t, 30, "navigation");
const check = (events: LabelEvent[], endedAt = 10_000) => counterDisagreements({ name: "console", events, endedAt });

describe("the labels", () => {
  it("reads the caption's step and the counter's three forms", () => {
    expect(captionStep(`Step 9 of 19 · ${RDLM} · second key pack`)).toEqual({ step: 9, of: 19 });
    expect(captionStep("Steps 1 to 8 done")).toBeNull();
    expect(captionStep("Microsoft Clearinghouse helpdesk")).toBeNull();
    expect(parseCounter("Steps 11 and 12 of 19")).toEqual({ kind: "range", from: 11, to: 12, of: 19 });
    expect(parseCounter("Step 3 of 16")).toEqual({ kind: "range", from: 3, to: 3, of: 16 });
    expect(parseCounter("All 12 steps done")).toEqual({ kind: "done", of: 12 });
    expect(parseCounter(null)).toBeNull();
  });
});

describe("the counter against the caption", () => {
  it("accepts a page that follows the captions, with the next step's page shown after the step's last action", () => {
    const events = [
      labels(0, `Step 4 of 19 · ${RDLM}`, "Step 4 of 19"),
      ...action(500),
      ...navigation(800),
      labels(800, `Step 4 of 19 · ${RDLM}`, "Step 5 of 19", "/console/servers/s/manage-cals/action-selection"),
      labels(2000, `Step 5 of 19 · ${RDLM}`, "Step 5 of 19", "/console/servers/s/manage-cals/action-selection"),
    ];
    expect(check(events)).toEqual([]);
  });

  it("allows the previous step's counter only until the first action has been drawn", () => {
    const lagging = [labels(0, `Step 18 of 19 · ${RDLM}`, "Step 9 of 19"), ...action(400, 30), labels(420, `Step 18 of 19 · ${RDLM}`, "Step 18 of 19")];
    expect(check(lagging)).toEqual([]);
    // The counter stays behind after the first action (a rule that ignores what the page knows).
    const stuck = [labels(0, `Step 18 of 19 · ${RDLM}`, "Step 9 of 19"), ...action(400, 30), ...action(900, 30), labels(1500, `Step 18 of 19 · ${RDLM}`, "Step 18 of 19")];
    expect(check(stuck)).toEqual([`console: caption "Step 18 of 19" but counter "Step 9 of 19" on /console/servers/s/manage-cals/welcome for 1.07 s, 0.43 s into the step (after the step's first action)`]);
  });

  it("has no transition in a step without actions, and holds a missing counter against the page", () => {
    expect(check([labels(0, `Step 7 of 12 · ${RDLM}`, "Step 6 of 12")], 1000)).toEqual([
      `console: caption "Step 7 of 12" but counter "Step 6 of 12" on /console/servers/s/manage-cals/welcome for 1.00 s, 0.00 s into the step (with no action in the step)`,
    ]);
    expect(check([labels(0, `Step 7 of 12 · ${RDLM}`, null)], 1000)).toHaveLength(1);
  });

  it("after the navigation that follows the last input allows only this step, the next caption's step, or done after the last step", () => {
    const ahead = [labels(0, `Step 4 of 19 · ${RDLM}`, "Step 4 of 19"), ...action(100), ...navigation(250), labels(300, `Step 4 of 19 · ${RDLM}`, "Step 6 of 19"), labels(1000, `Step 5 of 19 · ${RDLM}`, "Step 5 of 19")];
    expect(check(ahead)).toHaveLength(1);
    const finished = [labels(0, `Step 12 of 12 · ${RDLM}`, "Step 12 of 12"), ...action(100), ...navigation(290), labels(300, `Step 12 of 12 · ${RDLM}`, "All 12 steps done", "/console")];
    expect(check(finished, 1000)).toEqual([]);
    const notFinished = [labels(0, `Step 16 of 16 · ${RDLM}`, "Step 16 of 16"), ...action(100), ...navigation(290), labels(300, `Step 16 of 16 · ${RDLM}`, "Step 3 of 16", "/console")];
    expect(check(notFinished, 1000)).toEqual([`console: caption "Step 16 of 16" but counter "Step 3 of 16" on /console for 0.70 s, 0.30 s into the step (after the step's last navigation)`]);
    // The next step's counter before the page has moved (no navigation after the last input) is a disagreement.
    const early = [labels(0, `Step 13 of 19 · ${RDLM}`, "Steps 13 and 14 of 19", "/licensing/manage-cals/company"), ...action(100), labels(400, `Step 13 of 19 · ${RDLM}`, "Steps 15 and 16 of 19", "/licensing/manage-cals/company"), labels(900, `Step 14 of 19 · ${RDLM}`, "Steps 13 and 14 of 19", "/licensing/manage-cals/company")];
    expect(check(early)).toHaveLength(1);
  });

  it("counts a redirect after the step's last click as part of where that click went", () => {
    const events = [
      labels(0, `Step 3 of 16 · ${RDLM}`, "Step 3 of 16", "/console"),
      ...action(100),
      ...navigation(400),
      labels(400, `Step 3 of 16 · ${RDLM}`, "Step 4 of 16", "/console/servers/s/manage-cals"),
      ...navigation(900),
      labels(900, `Step 3 of 16 · ${RDLM}`, "Step 4 of 16", "/console/servers/s/manage-cals/welcome"),
      labels(1500, `Step 4 of 16 · ${RDLM}`, "Step 4 of 16", "/console/servers/s/manage-cals/welcome"),
    ];
    expect(check(events)).toEqual([]);
  });

  it("holds another procedure's counter against the caption, even with the same number", () => {
    expect(check([labels(0, `Step 2 of 16 · ${RDLM}`, "Step 2 of 19")], 500)).toHaveLength(1);
  });

  it("skips by rule the pages without a counter and the captions that name no step", () => {
    expect(check([labels(0, `Step 9 of 12 · Phone desk`, null, "/helpdesk/phone")], 1000)).toEqual([]);
    expect(check([labels(0, `Step 1 of 19 · ${RDLM}`, null, "about:blank"), ...action(100, 30, "load"), labels(400, `Step 1 of 19 · ${RDLM}`, "Step 2 of 19", "/console"), labels(900, `Step 2 of 19 · ${RDLM}`, "Step 2 of 19", "/console")])).toEqual([]);
    expect(check([labels(0, "Steps 1 to 8 done", "Step 3 of 19", "/console")], 1000)).toEqual([]);
  });

  it("keeps one caption across a reload's blank moment", () => {
    const events = [labels(0, `Step 9 of 19 · ${RDLM}`, "Step 9 of 19"), ...action(100), labels(150, null, "Step 9 of 19"), labels(300, `Step 9 of 19 · ${RDLM}`, "Step 9 of 19"), labels(800, `Step 10 of 19 · ${RDLM}`, "Step 10 of 19", "/licensing")];
    expect(check(events)).toEqual([]);
  });
});
