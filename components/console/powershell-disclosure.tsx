// "Show PowerShell" (beyond the real tool, docs/decisions/037): what would do the same on a real license server,
// from the one table (lib/console/powershell.ts), with Microsoft's documentation pages; or why there is none.
// A <details>, so it opens without JavaScript; the commands scroll inside their box at 360 px.
import { CopyButton } from "@/components/ui/copy-button";
import { powershellFor, type PowerShellRef } from "@/lib/console/powershell";

export function PowerShellDisclosure({ action, values }: PowerShellRef) {
  const entry = powershellFor(action, values);
  return (
    <details className="mt-6 rounded border border-line bg-surface p-3 print:hidden">
      <summary className="cursor-pointer font-semibold">Show PowerShell</summary>
      {entry.kind === "none" ? (
        <p className="mt-2">{entry.reason}</p>
      ) : (
        <div className="mt-2 space-y-2">
          <p className="text-sm text-muted">On a real license server, as an administrator, this would do the same:</p>
          <pre tabIndex={0} role="region" aria-label="PowerShell" className="overflow-x-auto rounded bg-[#012456] p-3 text-sm text-white"><code>{entry.lines.join("\n")}</code></pre>
          <CopyButton text={entry.lines.join("\n")} label="Copy PowerShell" />
          {entry.note ? <p className="text-sm">{entry.note}</p> : null}
          <p className="text-sm">Documented by Microsoft:</p>
          <ul className="list-disc pl-5 text-sm">
            {entry.docs.map((d) => (
              <li key={d.url}>
                <a href={d.url} rel="noreferrer" className="break-words">{d.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
