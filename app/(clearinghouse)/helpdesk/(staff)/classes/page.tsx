// The trainer's classes (trainers and supervisors): each class with its code and trainees, and Create a class.
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/helpdesk/page-header";
import { TableShell } from "@/components/helpdesk/table-shell";
import { CreateClassForm } from "@/components/practice/create-class-form";
import { requireTrainer } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format/date";
import { createPracticeClassForm } from "@/lib/practice/classroom-actions";

export const metadata = { title: "Classes" };

export default async function ClassesPage() {
  await connection();
  const { staff } = await requireTrainer();
  const db = await getDb();
  const classes = await db.practiceClass.findMany({
    where: { expiresAt: { gt: new Date() }, ...(staff.role === "SUPERVISOR" ? {} : { trainerId: staff.id }) },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, expiresAt: true, trainer: { select: { name: true } }, _count: { select: { trainees: true } } },
  });
  return (
    <>
      <PageHeader title="Classes" lead="Each trainee of a class practises on practice servers of their own, one per scenario." />
      {classes.length ? (
        <TableShell caption="Your classes" headers={["Class", "Class code", "Trainees", "Trainer", "Ends"]} className="mt-6">
          {classes.map((c) => (
            <tr key={c.id} className="border-t border-line">
              <th scope="row" className="px-3 py-2 text-left font-semibold"><Link href={`/helpdesk/classes/${c.id}`}>{c.name}</Link></th>
              <td className="px-3 py-2 font-mono">{c.joinCode}</td>
              <td className="px-3 py-2">{c._count.trainees}</td>
              <td className="px-3 py-2">{c.trainer.name}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(c.expiresAt)}</td>
            </tr>
          ))}
        </TableShell>
      ) : (
        <p className="mt-6">No classes yet.</p>
      )}
      <h2 className="mt-10 text-xl">Create a class</h2>
      <CreateClassForm action={createPracticeClassForm} requestId={randomUUID()} />
    </>
  );
}
