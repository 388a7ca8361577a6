import { SelectOptionForm } from "./_components/select-option-form";

export default async function LicensingHomePage({ searchParams }: { searchParams: Promise<{ licenseServerId?: string | string[]; option?: string | string[] }> }) {
  const { licenseServerId, option } = await searchParams;
  return (
    <main>
      <h1 className="text-2xl">Remote Desktop Services Licensing</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Use this site from a computer with Internet access to activate, reactivate or deactivate a license server, or to obtain the
        license key pack ID that installs or reinstalls your RDS CALs on a license server. Have your RDS CAL purchase agreement
        documentation at hand.
      </p>
      <SelectOptionForm licenseServerId={typeof licenseServerId === "string" ? licenseServerId : ""} option={typeof option === "string" ? option : undefined} />
    </main>
  );
}
