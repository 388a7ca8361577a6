/** The visible mark of a practice license server (tree, server page, trainer's view). */
export function PracticeBadge() {
  return <span className="ml-2 inline-block rounded border border-warning bg-warning-soft px-1.5 text-xs font-semibold uppercase tracking-wide text-warning">Practice</span>;
}
