"use client";
// The trainer's view updates itself: every few seconds it asks the server to render the page again
// (router.refresh keeps scroll, focus and whatever is typed). Paused while the tab is hidden. Without the
// script the page says to reload (the server's snapshot below is false).
import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

const never = () => () => {};

export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  const live = useSyncExternalStore(never, () => true, () => false);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return <p className="mt-1 text-sm text-muted">{live ? `Updates by itself every ${seconds} seconds.` : "Reload to update."}</p>;
}
