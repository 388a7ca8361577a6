// What the form specs share: the error summary, and the posts a page sends.
import type { Page } from "@playwright/test";

export const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

/** The posts the page sends (a server action is a POST to the page's own address). */
export function countPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  return posts;
}
