"use client";
// j/k (or the arrows) move between the queue's rows by moving the focus to each row's link, so Enter opens
// it and a screen reader reads it; the row with the focus is highlighted.
import type { ReactNode } from "react";
import { ShortcutsHelp, useShortcuts, type Shortcut } from "@/components/helpdesk/shortcuts";

export function QueueKeyboard({ children }: { children: ReactNode }) {
  const move = (step: number) => (event: KeyboardEvent) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-queue-link]")];
    if (links.length === 0) return;
    event.preventDefault();
    const at = links.findIndex((l) => l === document.activeElement);
    const next = links[at === -1 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step))]!;
    for (const row of document.querySelectorAll("[data-queue-row]")) row.removeAttribute("data-current");
    next.closest("[data-queue-row]")?.setAttribute("data-current", "true");
    next.focus();
    next.scrollIntoView({ block: "nearest" });
  };
  const shortcuts: Shortcut[] = [
    { keys: ["j", "ArrowDown"], description: "Next request", run: move(1) },
    { keys: ["k", "ArrowUp"], description: "Previous request", run: move(-1) },
    { keys: ["Enter"], description: "Open the request (the row you moved to)", run: () => undefined },
  ];
  const { helpOpen, closeHelp } = useShortcuts(shortcuts);
  return (
    <div>
      {children}
      <ShortcutsHelp open={helpOpen} onClose={closeHelp} shortcuts={shortcuts} />
    </div>
  );
}
