// A grouped ID as people read and type it (License Server ID, license key pack ID, retail license code):
// each group with its hyphen is one unbreakable box, and a line may break only after a hyphen, so a narrow
// screen shows whole groups, as the console's boxes do. Copying the text gives the ID with its hyphens.
// Server component; the one way the app displays these IDs (docs/decisions/013-layout-tables-and-ids.md).
import { Fragment } from "react";

export function GroupedId({ value, className = "" }: { value: string; className?: string }) {
  const groups = value.split("-");
  return (
    <span className={`font-mono ${className}`}>
      {groups.map((group, i) => (
        <Fragment key={i}>
          <span className="inline-block whitespace-nowrap wrap-normal">
            {group}
            {i < groups.length - 1 ? "-" : ""}
          </span>
          {i < groups.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </span>
  );
}
