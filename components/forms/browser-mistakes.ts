// A class trainee's form that the browser refused (use-action-form.ts's failed submit) is reported for the
// trainer (issue 31): only in a trainee's browser (the readable class cookie), only the page, the field
// names and each error's code, batched (one post per quiet moment), and the action loaded then, not with
// the page. A report that fails is dropped: the trainee's form never waits on it.
import { IN_CLASS_COOKIE } from "@/lib/practice/cookie-name";

type Report = { page: string; fields: { field: string; code: string }[] };

const QUIET_MS = 1500;
const MAX_QUEUED = 20;
const queue: Report[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function inClass(): boolean {
  return typeof document !== "undefined" && document.cookie.split("; ").includes(`${IN_CLASS_COOKIE}=1`);
}

/** The failed submit's errors (react-hook-form's, by field: each error's `type` is the zod issue code). */
export function noteBrowserMistake(errors: Record<string, { type?: unknown } | undefined>): void {
  if (!inClass()) return;
  const fields = Object.entries(errors)
    .filter(([field]) => /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(field))
    .slice(0, 30)
    .map(([field, error]) => ({ field, code: typeof error?.type === "string" && /^[a-z_]{1,40}$/.test(error.type) ? error.type : "invalid" }));
  if (fields.length === 0 || queue.length >= MAX_QUEUED) return;
  queue.push({ page: window.location.pathname.slice(0, 200), fields });
  clearTimeout(timer);
  timer = setTimeout(() => void flush(), QUIET_MS);
}

async function flush() {
  const batch = queue.splice(0, MAX_QUEUED);
  if (batch.length === 0) return;
  try {
    const { reportBrowserMistakes } = await import("@/lib/practice/browser-mistake-actions");
    await reportBrowserMistakes(batch);
  } catch {
    // Offline, or the limit: the trainer's view misses this one; the trainee's form is not affected.
  }
}
