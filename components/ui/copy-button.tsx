"use client";
import { useState } from "react";
import { Button } from "./button";

/** Copies `text` to the clipboard and says so politely to screen readers. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {label}
      </Button>
      <span aria-live="polite" className="text-sm text-success">{copied ? "Copied" : ""}</span>
    </span>
  );
}
