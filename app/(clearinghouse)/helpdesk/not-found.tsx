import { NOT_FOUND_TITLE, ProblemPage } from "@/components/ui/problem-page";
import { HELPDESK_WAYS_BACK } from "./ways-back";

export default function HelpdeskNotFound() {
  return (
    <ProblemPage title={NOT_FOUND_TITLE} links={HELPDESK_WAYS_BACK} id="main" className="flex-1">
      <p>There is no helpdesk page, request, purchase or staff account at this address. Check the reference or search the queue for it.</p>
    </ProblemPage>
  );
}
