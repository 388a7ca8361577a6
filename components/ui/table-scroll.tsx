import type { ReactNode } from "react";

/**
 * The region every wide table scrolls in, on every site: focusable and named, so keyboard users can scroll
 * it (WCAG 2.1.1); its header row and first column stay in view (the .table-scroll rules in
 * app/globals.css). The page itself never scrolls sideways.
 */
export function TableScroll({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`table-scroll ${className}`}>
      {children}
    </div>
  );
}
