import Link from "next/link";
import { SelectOptionForm } from "./_components/select-option-form";
import { USE_RECOVERY_KIT_PATH } from "@/lib/recovery-kit/paths";
import { HISTORY_PATHS } from "@/lib/clearinghouse/customer-history/paths";

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
      {/* Manage CALs' shortcut (docs/decisions/035-recovery-kit.md): every key pack of a license server at once. */}
      <p className="mt-6 max-w-2xl rounded border-l-4 border-accent bg-accent-soft p-3">
        Manage CALs with a recovery kit from Remote Desktop Licensing Manager? <Link href={USE_RECOVERY_KIT_PATH}>Use a recovery kit</Link>: every
        key pack of the license server at once, nothing to type.
      </p>
      <p className="mt-3 max-w-2xl">
        <Link href={HISTORY_PATHS.ask}>Your requests</Link>: every license server and license key pack ID issued to your e-mail address.
      </p>
    </main>
  );
}
