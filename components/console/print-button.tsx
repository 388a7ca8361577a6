"use client";
import { Button } from "@/components/ui/button";

/** Prints the page; the print stylesheet (print:hidden) leaves out the console's chrome and buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
