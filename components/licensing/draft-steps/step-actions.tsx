import { Button } from "@/components/ui/button";

/** The page's Next button; disabled while the answers are being saved, so a double click sends one. */
export function StepActions({ submitting }: { submitting: boolean }) {
  return (
    <div className="mt-8 flex items-center gap-4">
      <Button type="submit" disabled={submitting} aria-disabled={submitting}>
        Next
      </Button>
    </div>
  );
}
