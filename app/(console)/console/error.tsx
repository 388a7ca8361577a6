"use client";
import { ErrorPage } from "@/components/ui/error-page";
import { CONSOLE_WAYS_BACK } from "./ways-back";

export default function ConsoleError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPage {...props} links={CONSOLE_WAYS_BACK} />;
}
