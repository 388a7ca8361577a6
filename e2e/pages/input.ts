// How a page object operates the page: with the mouse (clicks, as most specs do) or with the keyboard only
// (Tab / Shift+Tab to move, Enter / Space / arrows to act, typing for text), so one flow can be run both
// ways. Keyboard mode reaches each control by pressing Tab, which also proves it is in the tab order.
import type { Locator, Page } from "@playwright/test";
import { expect } from "../fixtures";

export type InputMode = "mouse" | "keyboard";

export interface InputOptions {
  /** Milliseconds between typed characters (the demos slow typing down so it can be watched). */
  typingDelay?: number;
  /** Runs before each control is acted on (the demos keep their caption off it: e2e/demo/demo-step.ts). */
  beforeAct?: (target: Locator) => Promise<void>;
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

export class Input {
  readonly typingDelay: number | undefined;

  constructor(
    readonly page: Page,
    readonly mode: InputMode,
    options: InputOptions = {},
  ) {
    this.typingDelay = options.typingDelay;
    this.beforeAct = options.beforeAct;
  }

  private readonly beforeAct: InputOptions["beforeAct"];

  get keyboardOnly(): boolean {
    return this.mode === "keyboard";
  }

  /** Moves focus with Tab (or Shift+Tab) until `target` has it; fails after `max` presses. */
  async reach(target: Locator, { max = 80, backwards = false }: { max?: number; backwards?: boolean } = {}) {
    await expect(target).toBeVisible();
    for (let i = 0; i <= max; i++) {
      if (await isFocused(target)) return;
      if (i < max) await this.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    }
    throw new Error(`${target} was not reached with ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}`);
  }

  /** A button or a link: clicked, or reached and activated with Enter. */
  async activate(target: Locator) {
    await this.beforeAct?.(target);
    if (!this.keyboardOnly) return target.click();
    await this.reach(target);
    await this.page.keyboard.press("Enter");
  }

  /** A check box: clicked, or reached and toggled with Space. */
  async tick(target: Locator) {
    await this.beforeAct?.(target);
    if (!this.keyboardOnly) return target.check();
    await this.reach(target);
    if (!(await target.isChecked())) await this.page.keyboard.press("Space");
    await expect(target).toBeChecked();
  }

  /**
   * A radio button: clicked, or by keyboard the way a radio group works: Tab stops once on the group,
   * the arrow keys move to (and select) the option.
   */
  async choose(target: Locator) {
    await this.beforeAct?.(target);
    if (!this.keyboardOnly) return target.check();
    const name = await target.getAttribute("name");
    const inGroup = () => this.page.evaluate((n) => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.type === "radio" && el.name === n;
    }, name);
    for (let i = 0; !(await inGroup()); i++) {
      if (i >= 80) throw new Error(`The radio group ${name} was not reached with Tab`);
      await this.page.keyboard.press("Tab");
    }
    for (let i = 0; !(await isFocused(target)); i++) {
      if (i >= 10) throw new Error(`${target} was not reached with the arrow keys`);
      await this.page.keyboard.press("ArrowDown");
    }
    if (!(await target.isChecked())) await this.page.keyboard.press("Space");
    await expect(target).toBeChecked();
  }

  /** A text box: what it holds is replaced by `text`, typed key by key. */
  async type(target: Locator, text: string) {
    await this.beforeAct?.(target);
    if (this.keyboardOnly) await this.reach(target);
    else await target.click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.type(text, { delay: this.typingDelay });
    await expect(target).toHaveValue(text);
  }

  /**
   * An ID in boxes of five (GroupedIdInput): the first box is clicked or reached, then each group is typed
   * and a full box hands focus to the next, as it does for a person copying the ID by hand.
   */
  async typeGroups(box: (group: number) => Locator, groups: string[]) {
    for (const [i, group] of groups.entries()) {
      const target = box(i + 1);
      if (i === 0) {
        await this.beforeAct?.(box(groups.length));
        await this.beforeAct?.(target);
        if (this.keyboardOnly) await this.reach(target);
        else await target.click();
      }
      await expect(target).toBeFocused();
      await this.page.keyboard.type(group, { delay: this.typingDelay });
      await expect(target).toHaveValue(group);
    }
  }

  /**
   * A drop-down list: the option is picked by its label. By keyboard: typing the label on the focused
   * list selects it (type-ahead), the arrow keys correct what type-ahead misses.
   */
  async select(target: Locator, label: string) {
    await this.beforeAct?.(target);
    if (!this.keyboardOnly) {
      await target.selectOption({ label });
      return;
    }
    await this.reach(target);
    await this.page.keyboard.type(label, { delay: this.typingDelay });
    const { current, wanted } = await target.evaluate(
      (el, l) => {
        const select = el as HTMLSelectElement;
        return { current: select.selectedIndex, wanted: [...select.options].findIndex((o) => o.label === l) };
      },
      label,
    );
    if (wanted < 0) throw new Error(`No option "${label}" in ${target}`);
    for (let i = 0; i < Math.abs(wanted - current); i++) await this.page.keyboard.press(wanted > current ? "ArrowDown" : "ArrowUp");
    await expect(target.locator("option:checked")).toHaveText(label);
  }
}

/**
 * Counts pointer events in every page of a context, so a keyboard-only run can prove no mouse was used
 * (keyboard activation of a button fires `click` but never `pointerdown`).
 */
export async function countPointerEvents(context: import("@playwright/test").BrowserContext) {
  let count = 0;
  await context.exposeBinding("__e2ePointerUsed", () => {
    count++;
  });
  await context.addInitScript(() => {
    const report = () => (window as unknown as { __e2ePointerUsed: () => void }).__e2ePointerUsed();
    window.addEventListener("pointerdown", report, true);
  });
  return () => count;
}
