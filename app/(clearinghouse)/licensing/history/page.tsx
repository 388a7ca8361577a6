// Your requests (docs/decisions/035-recovery-kit.md): prove the e-mail address given with the requests by a
// one-time link, then see every license server and license key pack ID issued to it.
import Link from "next/link";
import { AskForm } from "./_components/ask-form";

export const metadata = { title: "Your requests" };

export default function HistoryPage() {
  return (
    <main className="max-w-2xl">
      <Link href="/licensing" className="inline-block text-sm"><span aria-hidden="true">‹ </span>Back</Link>
      <h1 className="mt-4 text-2xl">Your requests</h1>
      <p className="mt-2">
        See every license server and every license key pack ID issued for the requests made with your e-mail address, with their
        references. We send a link to the address: open it to see them.
      </p>
      <AskForm />
    </main>
  );
}
