import type { ReactNode } from "react";

const TONES = {
  muted: "border-line bg-chrome text-ink",
  danger: "border-danger bg-danger-soft text-danger",
  warning: "border-warning bg-warning-soft text-warning",
} as const;

/** A small marker before a value ("Practice", "Other company"), read as part of the cell's text. */
export function Tag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <span className={`mr-1 inline-block rounded border px-1 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}
