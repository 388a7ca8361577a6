// What the form specs share: the error summary, the posts a page sends, typing checked key by key.
import type { Locator, Page } from "@playwright/test";
import { expect } from "../fixtures";

export const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** The posts the page sends (a server action is a POST to the page's own address). */
export function countPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  return posts;
}

/** Types `text` key by key (a person's delay) and checks, after each key, that the field holds what was typed so far. */
export async function typeChecked(field: Locator, text: string, before = "") {
  for (const character of text) {
    await field.pressSequentially(character, { delay: 25 });
    before += character;
    await expect(field).toHaveValue(before);
  }
}
