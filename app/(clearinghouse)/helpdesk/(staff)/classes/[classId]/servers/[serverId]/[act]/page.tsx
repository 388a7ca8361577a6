// The trainer's Reset or Remove of a trainee's practice server asks first, here (works without JS).
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ResetPracticeForm } from "@/components/practice/reset-practice-form";
import { requireTrainer } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { isQueryableText } from "@/lib/forms/text";
import { actOnTraineeServerForm } from "@/lib/practice/classroom-actions";
import { classWhere, findClassServer } from "@/lib/practice/classroom-store";

export const metadata = { title: "Practice server" };

const TEXT = {
  reset: { title: "Reset", label: "Reset practice server", body: "It goes back to the scenario's starting state: the trainee's rebuilds and Web site requests on it are forgotten." },
  remove: { title: "Remove", label: "Remove practice server", body: "It is deleted with all its data and its marks; the trainee can start the scenario again from the class page." },
} as const;

export default async function TraineeServerPage({ params }: { params: Promise<{ classId: string; serverId: string; act: string }> }) {
  await connection();
  const { staff } = await requireTrainer();
  const { classId, serverId, act } = await params;
  if ((act !== "reset" && act !== "remove") || !isQueryableText(classId) || !isQueryableText(serverId)) notFound();
  const db = await getDb();
  if (!(await db.practiceClass.count({ where: classWhere(classId, staff) }))) notFound();
  const server = await findClassServer(db, classId, serverId);
  if (!server?.trainee) notFound();
  const text = TEXT[act];
  return (
    <div className="max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
      <h1 className="text-2xl">
        {text.title} {server.name} of {server.trainee.displayName}?
      </h1>
      <p className="mt-3">{text.body} It cannot be undone.</p>
      <ResetPracticeForm action={actOnTraineeServerForm.bind(null, classId, server.id, act)} cancelHref={`/helpdesk/classes/${classId}`} label={text.label} />
    </div>
  );
}
