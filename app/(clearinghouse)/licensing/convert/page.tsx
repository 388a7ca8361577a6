// Convert RDS CALs on the web site: the license key pack ID of the converted key pack, for a license server
// that reaches the Clearinghouse by Web Browser (the console's link fills the fields in).
import { ConvertForm } from "@/components/licensing/convert-form";
import { convertKeyPackOnSiteForm } from "@/lib/clearinghouse/convert-actions";

export const metadata = { title: "Convert RDS CALs" };

type Search = Record<"licenseServerId" | "sourceLicenseKeyPackId" | "count", string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 64) : "");

export default async function ConvertPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  return (
    <main className="max-w-3xl">
      <h1 className="text-2xl">Convert RDS CALs</h1>
      <p className="mt-2">
        Converts unissued RDS CALs of a key pack to the other type of the same version: RDS Per User CALs to RDS Per Device CALs, or RDS Per Device CALs to RDS Per User
        CALs. Enter what the license server&apos;s Manage RDS CALs Wizard shows; you get the license key pack ID of the converted key pack to type into the wizard.
      </p>
      <ConvertForm action={convertKeyPackOnSiteForm} defaults={{ licenseServerId: one(search.licenseServerId), sourceLicenseKeyPackId: one(search.sourceLicenseKeyPackId), count: one(search.count) }} />
    </main>
  );
}
