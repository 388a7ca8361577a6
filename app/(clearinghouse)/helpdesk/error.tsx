"use client";
import { ErrorPage } from "@/components/ui/error-page";
import { HELPDESK_WAYS_BACK } from "./ways-back";

export default function HelpdeskError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPage {...props} id="main" links={HELPDESK_WAYS_BACK} />;
}
