// Picks the page body for an Install Licenses page. Bodies are server components; forms are client
// components bound to this server's id.
import { ObtainKeyPackPanel } from "@/components/console/obtain-key-pack/obtain-key-pack-panel";
import { installLicensesKeyPackForm, requestAndInstallLicensesForm, saveLicenseInformationForm, selectInstallProgramForm } from "@/lib/console/install-licenses/actions";
import type { InstallContext, getLastInstallRun } from "@/lib/console/install-licenses/queries";
import type { InstallStep } from "@/lib/console/install-licenses/steps";
import { CAL_TYPES, LICENSE_PROGRAMS, licenseProgram } from "@/lib/licensing/catalog";
import { InstallCompleted } from "./install-completed";
import { InstallWelcome } from "./install-welcome";
import { LicenseInformationForm } from "./license-information-form";
import { LicenseProgramForm } from "./license-program-form";
import { ProductVersionForm } from "./product-version-form";

type Finished = Awaited<ReturnType<typeof getLastInstallRun>>;

export function InstallStepBody({ step, ctx, finished, backHref }: { step: InstallStep; ctx: InstallContext; finished: Finished; backHref: string | null }) {
  const id = ctx.server.id;
  const answers = ctx.run?.answers;
  switch (step) {
    case "INSTALL_WELCOME":
      return <InstallWelcome ctx={ctx} />;
    case "INSTALL_OBTAIN_KEY_PACK":
      return (
        <ObtainKeyPackPanel
          licenseServerId={ctx.server.licenseServerId ?? ""}
          method={answers?.connectionMethod === "TELEPHONE" ? "TELEPHONE" : "WEB_BROWSER"}
          countryRegion={ctx.server.telephoneCountry ?? ctx.server.countryRegion}
          siteOption="install"
          action={installLicensesKeyPackForm.bind(null, id)}
          backHref={backHref}
        />
      );
    case "INSTALL_LICENSE_PROGRAM":
      return <LicenseProgramForm programs={LICENSE_PROGRAMS.map((p) => ({ value: p.value, label: p.label }))} defaultProgram={answers?.licenseProgram ?? ""} action={selectInstallProgramForm.bind(null, id)} backHref={backHref} />;
    case "INSTALL_LICENSE_INFORMATION": {
      const program = answers?.licenseProgram;
      if (!program) return null;
      return (
        <LicenseInformationForm
          program={program}
          programLabel={licenseProgram(program).label}
          kind={licenseProgram(program).credential}
          saved={answers.credentials ?? []}
          action={saveLicenseInformationForm.bind(null, id)}
          backHref={backHref}
        />
      );
    }
    case "INSTALL_PRODUCT_VERSION":
      return (
        <ProductVersionForm
          calTypes={CAL_TYPES.map((t) => ({ value: t.value, label: t.label }))}
          defaults={{ calType: answers?.calType ?? "", quantity: answers?.quantity ? String(answers.quantity) : "" }}
          perCode={answers?.licenseProgram === "LICENSE_PACK" && (answers.credentials?.length ?? 0) > 1}
          action={requestAndInstallLicensesForm.bind(null, id)}
          backHref={backHref}
        />
      );
    case "INSTALL_COMPLETED":
      return finished ? <InstallCompleted serverName={ctx.server.name} run={finished} /> : null;
  }
}
