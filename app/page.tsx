import Link from "next/link";

export default function HomePage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-12">
      <h1 className="text-3xl">RD Licensing Studio</h1>
      <p className="mt-3 text-muted">
        Practise and run the procedure &ldquo;To rebuild the RD Licensing database by using a Web browser&rdquo; end to end, on two
        sites that only meet through what you copy by hand.
      </p>
      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section className="rounded-lg border border-line bg-surface p-6 shadow-sm" aria-labelledby="console-heading">
          <h2 id="console-heading" className="text-xl">Remote Desktop Licensing Manager</h2>
          <p className="mt-2 text-muted">
            The license server side: your servers, their installed RDS CAL key packs, their Properties, and the Manage RDS CALs
            wizard that rebuilds the license server database.
          </p>
          <Link href="/console" className="mt-4 inline-block font-semibold">Open Remote Desktop Licensing Manager</Link>
        </section>
        <section className="rounded-lg border border-line bg-surface p-6 shadow-sm" aria-labelledby="licensing-heading">
          <h2 id="licensing-heading" className="text-xl">Remote Desktop Services Licensing Web site</h2>
          <p className="mt-2 text-muted">
            The Clearinghouse side, used from a computer with Internet access: Manage CALs turns your purchase details into a
            license key pack ID. Helpdesk staff process the requests that need a person.
          </p>
          <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/licensing" className="font-semibold">Open the Remote Desktop Services Licensing Web site</Link>
            <Link href="/helpdesk">Helpdesk sign-in</Link>
          </p>
        </section>
      </div>
    </main>
  );
}
