"use client";
import { ErrorPage } from "@/components/ui/error-page";
import { SiteHeader, STUDIO_WAYS_BACK } from "./site-header";

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <SiteHeader />
      <ErrorPage {...props} id="main" links={STUDIO_WAYS_BACK} />
    </>
  );
}
