// What every page object gets: the page, the way it is operated (mouse or keyboard only) and the axe
// scanner that checks each page it arrives on.
import type { Page } from "@playwright/test";
import type { AxeScanner } from "../a11y";
import { Input, type InputMode, type InputOptions } from "./input";

export interface Driver {
  input: Input;
  axe: AxeScanner;
}

export abstract class PageObject {
  constructor(protected readonly driver: Driver) {}

  get page(): Page {
    return this.driver.input.page;
  }

  protected get input(): Input {
    return this.driver.input;
  }

  /** The page's level-1 heading. */
  heading(name: string | RegExp) {
    return this.page.getByRole("heading", { level: 1, name });
  }

  /** Waits for the page titled `name`, then checks it with axe (once per address). */
  protected async arrive(name: string | RegExp, state = "") {
    await this.heading(name).waitFor();
    await this.driver.axe.scan(this.page, state);
  }

  protected button(name: string | RegExp) {
    return this.page.getByRole("button", { name });
  }
}

/** "12345-67890-…": an ID's compact form in its printed groups of five. */
export function groupsOf(compact: string): string[] {
  return compact.replace(/[^0-9A-Za-z]/g, "").match(/.{1,5}/g) ?? [];
}

/** A driver for `page`: operated in `mode`, every page it reaches scanned by `axe`. */
export function driverFor(page: Page, mode: InputMode, axe: AxeScanner, options: InputOptions = {}): Driver {
  return { input: new Input(page, mode, options), axe };
}
