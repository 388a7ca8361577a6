import Link from "next/link";
import { cell, ConsoleTable, numericCell } from "@/components/console/console-table";
import { serverStatus, type TreeServer } from "@/components/console/server-tree";
import { consoleServerHref } from "@/lib/console/urls";

const COLUMNS = [{ label: "Name" }, { label: "Status" }, { label: "Installed key packs", numeric: true }];

export function AllServersTable({ servers }: { servers: TreeServer[] }) {
  return (
    <div className="mt-4 bg-surface">
      <ConsoleTable caption="All Servers" columns={COLUMNS} empty="No license servers.">
        {servers.map((s) => (
          <tr key={s.id}>
            <td className={cell}>
              <Link href={consoleServerHref(s.name)}>{s.name}</Link>
            </td>
            <td className={cell}>{serverStatus(s)}</td>
            <td className={numericCell}>{s._count.keyPacks}</td>
          </tr>
        ))}
      </ConsoleTable>
    </div>
  );
}
