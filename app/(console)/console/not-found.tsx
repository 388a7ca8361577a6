import { NOT_FOUND_TITLE, ProblemPage } from "@/components/ui/problem-page";
import { CONSOLE_WAYS_BACK } from "./ways-back";

export default function ConsoleNotFound() {
  return (
    <ProblemPage title={NOT_FOUND_TITLE} links={CONSOLE_WAYS_BACK}>
      <p>There is no console page or license server at this address. It may have been removed (a practice server is removed when it expires), or the address was mistyped.</p>
      <p>Select a license server under All Servers to see its installed RDS CALs.</p>
    </ProblemPage>
  );
}
