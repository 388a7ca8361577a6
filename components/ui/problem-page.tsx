// The body of a not-found or error page, the same on every site: what happened in one sentence, what to do,
// and links back into the site. Each site's not-found.tsx / error.tsx renders it inside its own layout, so
// its header stays (docs/decisions/013-layout-tables-and-ids.md).
import Link from "next/link";
import type { ReactNode } from "react";

export interface WayBack {
  href: string;
  label: string;
}

/** `id`: "main" where the layout does not already hold the skip link's target (the helpdesk, the root). */
export function ProblemPage({ title, children, links, action, id, className = "" }: { title: string; children: ReactNode; links: readonly WayBack[]; action?: ReactNode; id?: string; className?: string }) {
  return (
    <main id={id} className={`mx-auto w-full max-w-3xl px-6 py-10 ${className}`}>
      <h1 className="text-2xl">{title}</h1>
      <div className="mt-3 space-y-2">{children}</div>
      <ul className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        {action ? <li>{action}</li> : null}
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="font-semibold">{l.label}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}

export const NOT_FOUND_TITLE = "Page not found";
