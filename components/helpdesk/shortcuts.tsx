"use client";
// Keyboard shortcuts for the helpdesk: one listener per page, never while a person types in a field (or
// holds Ctrl, Alt or Meta, so the browser's own shortcuts keep working), and "?" opens the list of them.
import { useEffect, useRef, useState } from "react";

export interface Shortcut {
  keys: string[];
  /** What the list says, e.g. "Approve and issue (asks to confirm)". */
  description: string;
  run: (event: KeyboardEvent) => void;
}

/** True when the key goes to something a person is typing in, or to a control that uses it itself. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !["checkbox", "radio", "button", "submit", "reset"].includes((target as HTMLInputElement).type);
  return Boolean(target.closest("dialog[open]")) && tag !== "BODY";
}

export function useShortcuts(shortcuts: Shortcut[]) {
  const [helpOpen, setHelpOpen] = useState(false);
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      if (event.key === "?") {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      const shortcut = latest.current.find((s) => s.keys.includes(event.key));
      if (!shortcut) return;
      shortcut.run(event);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}

const KEY_NAMES: Record<string, string> = { ArrowDown: "↓", ArrowUp: "↑", Enter: "Enter" };

/** The list "?" opens: a modal dialog (Escape closes it and focus goes back where it was). */
export function ShortcutsHelp({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: Pick<Shortcut, "keys" | "description">[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="shortcuts-heading" className="m-auto max-w-md rounded-lg border border-line p-5 shadow-lg backdrop:bg-black/40">
      <h2 id="shortcuts-heading" className="text-lg">Keyboard shortcuts</h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {[...shortcuts, { keys: ["?"], description: "Show this list" }].map((s) => (
          <div key={s.description} className="contents">
            <dt className="whitespace-nowrap">{s.keys.map((k) => <kbd key={k} className="mr-1 rounded border border-line bg-chrome px-1.5 font-mono">{KEY_NAMES[k] ?? k}</kbd>)}</dt>
            <dd>{s.description}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">Shortcuts do nothing while you type in a field.</p>
      <form method="dialog" className="mt-4">
        <button type="submit" className="rounded border border-[#6b7785] bg-white px-3 py-1 font-semibold">Close</button>
      </form>
    </dialog>
  );
}
