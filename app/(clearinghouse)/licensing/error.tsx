"use client";
import { ErrorPage } from "@/components/ui/error-page";
import { LICENSING_WAYS_BACK } from "./ways-back";

export default function LicensingError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPage {...props} links={LICENSING_WAYS_BACK} />;
}
