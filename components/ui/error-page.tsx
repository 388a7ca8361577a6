"use client";
// The client part every site's error.tsx shares: the message and a Try again button that re-renders the
// segment (Next's reset). The error's text is not shown: it may carry server details; its digest is,
// so a person can quote it.
import { Button } from "./button";
import { ProblemPage, type WayBack } from "./problem-page";

export function ErrorPage({ error, reset, links, id }: { error: Error & { digest?: string }; reset: () => void; links: readonly WayBack[]; id?: string }) {
  return (
    <ProblemPage title="Something went wrong" links={links} id={id} action={<Button onClick={reset}>Try again</Button>}>
      <p>This page could not be shown because of a problem on the server. Try again, or go back and open the page once more.</p>
      {error.digest ? <p className="text-sm text-muted">Error reference: <span className="font-mono">{error.digest}</span></p> : null}
    </ProblemPage>
  );
}
