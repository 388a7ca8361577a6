import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getCurrentSession } from "@/lib/auth/guards";
import { safeReturnTo } from "@/lib/auth/return-to";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const params = await searchParams;
  const returnTo = safeReturnTo(params.returnTo);
  if (await getCurrentSession()) redirect(returnTo);
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-6 py-10">
      <h1 className="text-2xl">Sign in to the helpdesk</h1>
      {params["signed-out"] ? (
        <p role="status" className="mt-4 rounded border border-success bg-success-soft p-3">You have signed out.</p>
      ) : null}
      <p className="mt-3 text-muted">For Clearinghouse staff who process recovery requests.</p>
      <SignInForm returnTo={returnTo} />
    </main>
  );
}
