"use client";
// The server's commands as a menu, reached two ways like in the MMC console: the Action menu button, and a
// context menu on the server's node in the tree (right-click, or Shift+F10 / the Menu key on the focused
// node). Menu pattern of the WAI-ARIA practices: arrows move, Home/End jump, Escape closes and returns focus.
import Link from "next/link";
import { useEffect, useEffectEvent, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { ServerMenuItem } from "@/lib/console/urls";

function MenuList({ id, labelledBy, label, items, onClose, position }: { id: string; labelledBy?: string; label?: string; items: ServerMenuItem[]; onClose: (refocus: boolean) => void; position?: { x: number; y: number } }) {
  const ref = useRef<HTMLUListElement>(null);
  const links = () => Array.from(ref.current?.querySelectorAll<HTMLElement>("[role=menuitem]") ?? []);

  const closeFromOutside = useEffectEvent((event: MouseEvent) => {
    if (!ref.current?.contains(event.target as Node)) onClose(false);
  });
  // Keep the whole menu inside the window: shift it left (or right) by what would stick out, on opening and
  // whenever the window changes size, so it never widens the page or hides an item off screen.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const fit = () => {
      menu.style.marginLeft = "0px";
      const margin = 8;
      const rect = menu.getBoundingClientRect();
      const room = document.documentElement.clientWidth - margin;
      const shift = rect.right > room ? Math.max(room - rect.right, margin - rect.left) : rect.left < margin ? margin - rect.left : 0;
      menu.style.marginLeft = `${shift}px`;
    };
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [position?.x, position?.y]);
  useEffect(() => {
    // The first command this server allows; a disabled one stays reachable with the arrows (its reason is read).
    (ref.current?.querySelector<HTMLElement>("[role=menuitem]:not([aria-disabled=true])") ?? ref.current?.querySelector<HTMLElement>("[role=menuitem]"))?.focus();
    document.addEventListener("mousedown", closeFromOutside);
    return () => document.removeEventListener("mousedown", closeFromOutside);
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape" || event.key === "Tab") {
      if (event.key === "Escape") event.preventDefault();
      onClose(event.key === "Escape");
    }
  }

  return (
    <ul
      ref={ref}
      id={id}
      role="menu"
      aria-labelledby={labelledBy}
      aria-label={label}
      onKeyDown={onKeyDown}
      style={position ? { position: "fixed", left: position.x, top: position.y } : undefined}
      className={`${position ? "" : "absolute left-0 top-full"} z-20 mt-1 w-max min-w-56 max-w-[calc(100vw-1rem)] rounded border border-line bg-surface py-1 shadow-lg`}
    >
      {groupItems(items).map((entry) =>
        "items" in entry ? (
          // A submenu of the real console ("Create Report" → "CAL Usage", "Advanced" → "Reactivate Server") as a
          // named group: the arrows still move through every item, the group's name is read with its items.
          <li key={entry.group} role="none" className="mt-1 border-t border-line pt-1">
            <span aria-hidden="true" className="block px-4 pt-1 text-xs font-semibold uppercase text-muted">{entry.group}</span>
            <ul role="group" aria-label={entry.group}>
              {entry.items.map((item) => (
                <MenuEntry key={item.href} id={id} item={item} nested onSelect={() => onClose(false)} />
              ))}
            </ul>
          </li>
        ) : (
          <MenuEntry key={entry.href} id={id} item={entry} onSelect={() => onClose(false)} />
        ),
      )}
    </ul>
  );
}

/** One command: a link, or (unavailable) an item that does nothing and says why. */
function MenuEntry({ id, item, nested, onSelect }: { id: string; item: ServerMenuItem; nested?: boolean; onSelect: () => void }) {
  const className = `block ${nested ? "pl-7 pr-4" : "px-4"} py-2 no-underline focus:bg-accent-soft`;
  if (item.disabledReason) {
    const reasonId = `${id}-${item.label.replace(/\W+/g, "-")}-reason`;
    return (
      <li role="none">
        <span role="menuitem" aria-disabled="true" aria-label={item.label} aria-describedby={reasonId} tabIndex={-1} className={`${className} cursor-not-allowed text-muted`}>
          {item.label}
          <span id={reasonId} className="block text-xs">{item.disabledReason}</span>
        </span>
      </li>
    );
  }
  return (
    <li role="none">
      {/* onSelect closes the menu: a command that stays on this page (View → Refresh) would leave it open. */}
      <Link role="menuitem" href={item.href} prefetch={false} tabIndex={-1} onClick={onSelect} className={`${className} text-ink hover:bg-accent-soft`}>
        {item.label}
      </Link>
    </li>
  );
}

/** Consecutive items of one group together, in menu order. */
function groupItems(items: ServerMenuItem[]): (ServerMenuItem | { group: string; items: ServerMenuItem[] })[] {
  const out: (ServerMenuItem | { group: string; items: ServerMenuItem[] })[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (!item.group) out.push(item);
    else if (last && "items" in last && last.group === item.group) last.items.push(item);
    else out.push({ group: item.group, items: [item] });
  }
  return out;
}

/** The Action menu button of the selected server; with `name`, another menu of the console's menu bar (View). */
export function ActionMenu({ items, name = "Action" }: { items: ServerMenuItem[]; name?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <div className="relative inline-block">
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
          }
        }}
        className="rounded border border-line px-3 py-1 font-semibold hover:bg-accent-soft"
      >
        {name} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <MenuList
          id={`${id}-menu`}
          labelledBy={`${id}-button`}
          items={items}
          onClose={(refocus) => {
            setOpen(false);
            if (refocus) button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

/** Wraps a tree node: right-click, Shift+F10 or the Menu key opens the server's commands there. */
export function ContextMenuArea({ label, items, children }: { label: string; items: ServerMenuItem[]; children: ReactNode }) {
  const [position, setPosition] = useState<{ x: number; y: number } | null>(null);
  const area = useRef<HTMLSpanElement>(null);
  const id = useId();
  return (
    <span
      ref={area}
      onContextMenu={(e) => {
        e.preventDefault();
        setPosition({ x: e.clientX, y: e.clientY });
      }}
      onKeyDown={(e) => {
        if (e.key === "ContextMenu" || (e.shiftKey && e.key === "F10")) {
          e.preventDefault();
          const rect = area.current!.getBoundingClientRect();
          setPosition({ x: rect.left + 16, y: rect.bottom });
        }
      }}
    >
      {children}
      {position ? (
        <MenuList
          id={`${id}-menu`}
          label={label}
          items={items}
          position={position}
          onClose={(refocus) => {
            setPosition(null);
            if (refocus) area.current?.querySelector<HTMLElement>("a")?.focus();
          }}
        />
      ) : null}
    </span>
  );
}
