import { NOT_FOUND_TITLE, ProblemPage } from "@/components/ui/problem-page";
import { SiteHeader, STUDIO_WAYS_BACK } from "./site-header";

// Addresses outside the three sites (each site has its own not-found page inside its layout).
export default function RootNotFound() {
  return (
    <>
      <SiteHeader />
      <ProblemPage title={NOT_FOUND_TITLE} links={STUDIO_WAYS_BACK} id="main">
        <p>RD Licensing Studio has no page at this address. Its two sites are the console and the licensing Web site.</p>
      </ProblemPage>
    </>
  );
}
