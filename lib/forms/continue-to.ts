// How a server action of a multi-page flow goes on to the next page after it saved (the web site's drafts,
// the console's wizards). Next's client router keeps every page it showed and serves that copy again on the
// browser's Back and Forward, whatever staleTimes says (next/dist/client/components/segment-cache/bfcache.js:
// "A back/forward navigation will disregard the stale time"). A page shown before the save would come back
// as it was then: its form's defaults from before (an empty form the first time), though the save is on the
// server. `refresh()` marks the action's answer as changing what pages show; the client router then drops
// those copies, so Back and Forward ask the server and each page shows what is saved for it now.
// Redirects that change nothing (a guard sending a visitor elsewhere) may use it too: the page redirected to
// still comes in the action's answer, and the browser makes no request more (one POST per Next, as before).
import "server-only";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";

/** Redirects to `path` from a server action, dropping the browser's copies of the pages shown before. */
export function continueTo(path: string): never {
  refresh();
  redirect(path);
}
