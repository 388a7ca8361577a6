import type { ReactNode } from "react";

/** A page's h1 with an optional line under it and actions on the right. */
export function PageHeader({ title, lead, actions }: { title: ReactNode; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl">{title}</h1>
        {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
    </div>
  );
}

/** A confirmation shown after a redirect (e.g. "?created=1"). */
export function Notice({ children }: { children: ReactNode }) {
  return <p role="status" className="mt-4 rounded border border-success bg-success-soft p-3">{children}</p>;
}
