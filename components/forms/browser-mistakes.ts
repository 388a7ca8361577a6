// A class trainee's form that the browser refused (use-action-form.ts's failed submit) is reported for the
// trainer (issue 31): only in a trainee's browser (the readable class cookie), only the page, the field
// names and each error's code, batched (one post per quiet moment), and the action loaded then, not with
// the page. A report that fails is dropped: the trainee's form never waits on it.
import { ERROR_CODE, FIELD_NAME, MAX_FIELDS, MAX_REPORTS, PAGE_PATH } from "@/lib/practice/browser-mistake-shape";
import { IN_CLASS_COOKIE } from "@/lib/practice/cookie-name";

type Report = { page: string; fields: { field: string; code: string }[] };

const QUIET_MS = 1500;
const queue: Report[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function inClass(): boolean {
  return typeof document !== "undefined" && document.cookie.split("; ").includes(`${IN_CLASS_COOKIE}=1`);
}

/** The failed submit's errors (react-hook-form's, by field: each error's `type` is the zod issue code). */
export function noteBrowserMistake(errors: Record<string, { type?: unknown } | undefined>): void {
  if (!inClass()) return;
  const fields = Object.entries(errors)
    .filter(([field]) => FIELD_NAME.test(field))
    .slice(0, MAX_FIELDS)
    .map(([field, error]) => ({ field, code: typeof error?.type === "string" && ERROR_CODE.test(error.type) ? error.type : "invalid" }));
  const page = window.location.pathname;
  // A page the report may not name (an odd character in it) is not reported: the post would be refused whole.
  if (fields.length === 0 || queue.length >= MAX_REPORTS || !PAGE_PATH.test(page)) return;
  queue.push({ page, fields });
  clearTimeout(timer);
  timer = setTimeout(() => void flush(), QUIET_MS);
}

async function flush() {
  const batch = queue.splice(0, MAX_REPORTS);
  if (batch.length === 0) return;
  try {
    const { reportBrowserMistakes } = await import("@/lib/practice/browser-mistake-actions");
    await reportBrowserMistakes(batch);
  } catch {
    // Offline, or the limit: the trainer's view misses this one; the trainee's form is not affected.
  }
}
