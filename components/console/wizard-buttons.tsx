// Back / Next / Cancel, in a wizard's order. Back is a link (the page it leads to reads the saved run);
// Cancel submits the frame's cancel form. Names are plain words; the chevrons are decoration.
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

/** The empty form WizardFrame renders for Cancel (a form cannot sit inside the page's own form). */
export const CANCEL_FORM_ID = "wizard-cancel";

export function WizardButtons(props: { backHref: string | null; pending?: boolean; nextDisabled?: boolean }) {
  const { backHref, pending, nextDisabled } = props;
  return (
    <div className="mt-8 flex flex-wrap justify-end gap-2 border-t border-line pt-4 print:hidden">
      {backHref ? (
        <Link href={backHref} prefetch={false} className={buttonClass("secondary")}>
          <span aria-hidden="true">&lsaquo;</span> Back
        </Link>
      ) : (
        <Button variant="secondary" disabled>
          <span aria-hidden="true">&lsaquo;</span> Back
        </Button>
      )}
      <Button type="submit" disabled={pending || nextDisabled}>
        Next <span aria-hidden="true">&rsaquo;</span>
      </Button>
      <Button type="submit" variant="secondary" form={CANCEL_FORM_ID}>
        Cancel
      </Button>
    </div>
  );
}
