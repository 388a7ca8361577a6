import { NOT_FOUND_TITLE, ProblemPage } from "@/components/ui/problem-page";
import { LICENSING_WAYS_BACK } from "./ways-back";

export default function LicensingNotFound() {
  return (
    <ProblemPage title={NOT_FOUND_TITLE} links={LICENSING_WAYS_BACK} className="px-0 py-0">
      <p>There is no page of the Remote Desktop Services Licensing Web site at this address. Check the address, or start again from Select Option.</p>
      <p>If you already submitted a Manage CALs request, Check request status shows it with your reference number.</p>
    </ProblemPage>
  );
}
