// Properties of a license server (seed step 2): the Connection Method tab and the company information.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireVisibleServer } from "@/lib/practice/visibility";
import { ServerIdentity } from "@/components/console/server-identity";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { savePropertiesForm } from "@/lib/console/properties-actions";
import { getServerProperties } from "@/lib/console/queries";
import { companyOptionalShape, companyRequiredShape } from "@/lib/console/schemas";
import { formDefaults } from "@/lib/forms/company-fields";
import { consoleServerHref } from "@/lib/console/urls";
import { PropertiesForm } from "./_components/properties-form";

export const metadata = { title: "Properties" };

export default async function PropertiesPage({ params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const server = await getServerProperties(await requireVisibleServer(serverId));
  if (!server) notFound();
  return (
    <main className="flex-1 p-4 md:p-8">
      <div className="mx-auto max-w-3xl rounded border border-line bg-surface p-6 shadow-md">
        <h1 className="text-2xl">{server.name} Properties</h1>
        <ServerIdentity licenseServerId={server.licenseServerId} productId={server.productId}>
          <dt className="font-semibold">Activation status</dt>
          <dd>{server.activated ? "Activated" : "Not activated"}</dd>
        </ServerIdentity>
        <PropertiesForm
          action={savePropertiesForm.bind(null, server.id)}
          cancelHref={consoleServerHref(server.name)}
          countries={COUNTRY_OPTIONS}
          defaults={{
            connectionMethod: server.connectionMethod,
            ...formDefaults({ ...companyRequiredShape, ...companyOptionalShape }, server),
          }}
        />
      </div>
    </main>
  );
}
