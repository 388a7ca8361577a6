// The record behind the check that the page's step counter agrees with the caption (issue 18 point 4,
// scripts/films/counter-agreement.ts has the rule): per page, what the caption's in-page script
// (e2e/demo/demo-step.ts) sends through a binding: every change of the caption, the counter or the address,
// and every action. Kept in memory for the test, in `npm test` as in `npm run demo`; the demos' `page`
// fixture runs the check when a demo has passed (e2e/demo/demo-data.ts).
import type { BrowserContext, Page, TestInfo } from "@playwright/test";
import { counterDisagreements, type LabelEvent, type PageLabelLog } from "@/scripts/films/counter-agreement";

export const LABEL_BINDING = "__e2eLabelLog";

const records = new WeakMap<TestInfo, { page: Page; log: PageLabelLog }[]>();
const computerNames = new WeakMap<BrowserContext, string>();

/** Names a computer's pages in the check's messages ("helpdesk agent's computer, page 1"). */
export function nameComputer(context: BrowserContext, label: string) {
  computerNames.set(context, label);
}

/** Starts the record of `page` (once per page, before its first caption). */
export async function recordLabels(info: TestInfo, page: Page) {
  const list = records.get(info) ?? [];
  records.set(info, list);
  const computer = computerNames.get(page.context()) ?? "computer";
  const log: PageLabelLog = { name: `${computer}, page ${list.filter((r) => r.page.context() === page.context()).length + 1}`, events: [], endedAt: Infinity };
  list.push({ page, log });
  page.on("close", () => (log.endedAt = Math.min(log.endedAt, Date.now())));
  await page.exposeBinding(LABEL_BINDING, (_source, event: LabelEvent) => void log.events.push(event));
}

/** A round trip to each open page of `pages`: what they sent before has arrived (call it before closing them). */
export async function flushLabels(pages: Page[]) {
  await Promise.all(pages.map((page) => (page.isClosed() ? null : page.evaluate(() => 0).catch(() => null))));
}

/** The disagreements between counter and caption on every page the test captioned. */
export async function counterDisagreementsOf(info: TestInfo): Promise<string[]> {
  const list = records.get(info) ?? [];
  await flushLabels(list.map((r) => r.page));
  const now = Date.now();
  return list.flatMap(({ log }) => counterDisagreements({ ...log, endedAt: Math.min(log.endedAt, now) }));
}
