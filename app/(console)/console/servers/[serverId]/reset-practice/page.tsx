// Reset practice server asks first (issue 31): it forgets the trainee's rebuilds and Web site requests. The
// page is only this browser's practice server's; any other answers 404 (requireVisibleServer, then getPracticeCard).
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ResetPracticeForm } from "@/components/practice/reset-practice-form";
import { consoleServerHref } from "@/lib/console/urls";
import { resetPracticeForm } from "@/lib/practice/actions";
import { getPracticeCard } from "@/lib/practice/queries";
import { requireVisibleServer } from "@/lib/practice/visibility";

export const metadata = { title: "Reset practice server" };

export default async function ResetPracticePage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const card = await getPracticeCard(await requireVisibleServer(serverId));
  if (!card) notFound();
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-2xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 className="text-2xl">Reset practice server {card.name}?</h1>
        <p className="mt-3">
          Reset reinstalls the starting RDS CALs and forgets this server&apos;s rebuilds and Web site requests. The License Server ID and the
          purchases stay the same. It cannot be undone.
        </p>
        <ResetPracticeForm action={resetPracticeForm.bind(null, card.id)} cancelHref={consoleServerHref(card.name)} />
      </div>
    </main>
  );
}
