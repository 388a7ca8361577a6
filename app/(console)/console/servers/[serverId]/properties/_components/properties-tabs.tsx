"use client";
// Tabs of the WAI-ARIA practices: arrow keys move between tabs (and select them), Home/End jump; every
// panel stays mounted (hidden when not selected) so its fields keep what was typed.
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export const TABS = [
  { id: "connection", label: "Connection Method" },
  { id: "required", label: "Required Information" },
  { id: "optional", label: "Optional Information" },
] as const;
export type TabId = (typeof TABS)[number]["id"];

export function PropertiesTabs({ selected, onSelect, panels, invalid }: { selected: TabId; onSelect: (tab: TabId) => void; panels: Record<TabId, ReactNode>; invalid: Set<TabId> }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    const to = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + TABS.length) % TABS.length;
    onSelect(TABS[next]!.id);
    tabs.current[next]?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label="Properties" className="flex flex-wrap gap-1 border-b border-line">
        {TABS.map((t, index) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={selected === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={selected === t.id ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
            className={`-mb-px rounded-t border px-4 py-2 ${selected === t.id ? "border-line border-b-surface bg-surface font-semibold" : "border-transparent text-muted hover:text-ink"}`}
          >
            {t.label}
            {invalid.has(t.id) ? <span className="ml-1 text-danger" aria-label="(has errors)">!</span> : null}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={selected !== t.id} tabIndex={0} className="pt-2">
          {panels[t.id]}
        </div>
      ))}
    </div>
  );
}
