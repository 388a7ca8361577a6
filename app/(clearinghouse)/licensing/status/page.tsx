import { StatusForm } from "./status-form";

export const metadata = { title: "Check request status" };

export default async function StatusPage({ searchParams }: { searchParams: Promise<{ reference?: string | string[] }> }) {
  const { reference } = await searchParams;
  return (
    <main className="max-w-3xl">
      <h1 className="text-2xl">Check request status</h1>
      <p className="mt-2">
        Enter the reference number of your Manage CALs request and, to show it is yours, the e-mail address or the Target License
        Server ID given in the request.
      </p>
      <StatusForm reference={typeof reference === "string" ? reference : ""} />
    </main>
  );
}
