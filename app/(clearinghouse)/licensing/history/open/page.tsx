// The e-mail's link lands here: a button posts the token (history.ts), so a mail scanner that follows the
// link uses nothing up; the post exchanges it, once, for the session cookie.
import { OpenForm } from "./open-form";

export const metadata = { title: "Your requests" };

export default async function OpenHistoryPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <main className="max-w-2xl">
      <h1 className="text-2xl">Your requests</h1>
      <p className="mt-2">This link shows the requests made with your e-mail address, once.</p>
      <OpenForm token={typeof token === "string" ? token.slice(0, 100) : ""} />
    </main>
  );
}
