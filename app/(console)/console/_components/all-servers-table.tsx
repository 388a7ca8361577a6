import Link from "next/link";
import { serverStatus, type TreeServer } from "@/components/console/server-tree";
import { consoleServerHref } from "@/lib/console/urls";

const cell = "border border-line px-2 py-1";

export function AllServersTable({ servers }: { servers: TreeServer[] }) {
  return (
    <table className="mt-4 w-full border-collapse bg-surface text-sm">
      <caption className="mb-2 text-left font-semibold">All Servers</caption>
      <thead>
        <tr className="bg-chrome text-left">
          <th scope="col" className={cell}>Name</th>
          <th scope="col" className={cell}>Status</th>
          <th scope="col" className={`${cell} text-right`}>Installed key packs</th>
        </tr>
      </thead>
      <tbody>
        {servers.map((s) => (
          <tr key={s.id}>
            <td className={cell}><Link href={consoleServerHref(s.name)}>{s.name}</Link></td>
            <td className={cell}>{serverStatus(s)}</td>
            <td className={`${cell} text-right tabular-nums`}>{s._count.keyPacks}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
