// An ID as the agent reads it back (a license key pack ID, a License Server ID, a confirmation code): its
// groups of five, each spelled with the telephone alphabet for its letters and the names of its digits
// (lib/licensing/phonetic.ts), so the caller types each box as it is heard.
import { CopyButton } from "@/components/ui/copy-button";
import { GroupedId } from "@/components/ui/grouped-id";
import { formatGroups } from "@/lib/licensing/groups";
import { spellForTelephone, spokenGroup } from "@/lib/licensing/phonetic";

/** `name`: the ID's name as the caller's screen words it ("license key pack ID"); `value`: its compact form. */
export function ReadBack({ name, value, lead }: { name: string; value: string; lead: string }) {
  const formatted = formatGroups(value);
  const groups = spellForTelephone(value);
  return (
    <section aria-labelledby="read-back-heading" role="status" className="rounded border-2 border-success bg-success-soft p-5">
      <h2 id="read-back-heading" className="text-lg">Read back the {name}</h2>
      <p className="mt-1">{lead} Read each group, and ask the caller to read it back before the next one.</p>
      <p className="mt-3 text-2xl font-semibold tracking-wider sm:text-3xl">
        <GroupedId value={formatted} />
      </p>
      <ol className="mt-4 space-y-1">
        {groups.map((group, i) => (
          <li key={i} className="flex flex-wrap gap-x-3">
            <span className="font-semibold">Box {i + 1}:</span>{" "}
            <span className="font-mono font-semibold">{group.map((s) => s.symbol).join("")}</span>{" "}
            <span>{spokenGroup(group)}</span>
          </li>
        ))}
      </ol>
      <p className="mt-4">
        <CopyButton text={formatted} label={`Copy ${name}`} />
      </p>
    </section>
  );
}
