// Picks the body of a lifecycle wizard page (lib/console/lifecycle/steps.ts says what each page is). Bodies
// are server components; their forms are client components bound to this server's id and the wizard's kind.
import { ProcedureFacts } from "@/components/procedure/procedure-provider";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { formatProductId } from "@/lib/licensing/product-id";
import { REACTIVATION_REASONS, type ConnectionMethod } from "@/lib/licensing/catalog";
import {
  saveActivationCompanyForm,
  saveActivationOptionalForm,
  saveDeactivationContactForm,
  saveLifecycleConnectionMethodForm,
  saveReactivationReasonForm,
} from "@/lib/console/lifecycle/actions";
import { LIFECYCLE_WIZARDS, type LifecycleKind, type LifecycleStep } from "@/lib/console/lifecycle/steps";
import type { LifecycleAnswers } from "@/lib/console/lifecycle-answers";
import { companyOptionalShape, companyRequiredShape } from "@/lib/console/schemas";
import { formDefaults } from "@/lib/forms/company-fields";
import type { LifecycleContext } from "@/lib/console/queries";
import { CompanyForm, ContactForm, OptionalForm, ReasonForm } from "./details-forms";
import { CompletedBody } from "./completed-body";
import { ConnectionMethodForm } from "./connection-method-form";
import { ManualBody } from "./manual-body";
import { WelcomeBody } from "./welcome-body";

export interface LifecycleBodyProps {
  kind: LifecycleKind;
  step: LifecycleStep;
  ctx: LifecycleContext;
  method: ConnectionMethod;
  finished: { answers: LifecycleAnswers; finishedAt: Date | null } | null;
  backHref: string | null;
}

export function LifecycleBody(props: LifecycleBodyProps) {
  const { kind, step, ctx, method, backHref } = props;
  const id = ctx.server.id;
  const answers = ctx.run?.answers ?? {};
  const server = ctx.server;
  // With Automatic connection this page's Next reaches the Clearinghouse: say so beside the button.
  const connects = method === "AUTOMATIC" && LIFECYCLE_WIZARDS[kind].final(method) === step;
  switch (LIFECYCLE_WIZARDS[kind].info(step).page) {
    case "welcome":
      return <WelcomeBody kind={kind} ctx={ctx} />;
    case "connection-method":
      return (
        <ConnectionMethodForm
          action={saveLifecycleConnectionMethodForm.bind(null, id, kind)}
          backHref={backHref}
          countries={COUNTRY_OPTIONS}
          defaults={{ connectionMethod: answers.connectionMethod ?? server.connectionMethod, telephoneCountry: answers.telephoneCountry ?? server.countryRegion ?? "" }}
          kind={kind}
        />
      );
    case "details":
      if (kind === "ACTIVATE_SERVER") {
        return (
          <CompanyForm
            action={saveActivationCompanyForm.bind(null, id)}
            backHref={backHref}
            countries={COUNTRY_OPTIONS}
            defaults={formDefaults(companyRequiredShape, answers, server)}
          />
        );
      }
      if (kind === "REACTIVATE_SERVER") return <ReasonForm action={saveReactivationReasonForm.bind(null, id)} backHref={backHref} reasons={REACTIVATION_REASONS} defaults={{ reason: answers.reason ?? "" }} connects={connects} />;
      return (
        <ContactForm
          action={saveDeactivationContactForm.bind(null, id)}
          backHref={backHref}
          defaults={{
            contactName: answers.contactName ?? [server.firstName, server.lastName].filter(Boolean).join(" "),
            contactEmail: answers.contactEmail ?? server.email ?? "",
            contactPhone: answers.contactPhone ?? "",
          }}
          connects={connects}
        />
      );
    case "optional":
      return (
        <OptionalForm
          action={saveActivationOptionalForm.bind(null, id)}
          backHref={backHref}
          defaults={formDefaults(companyOptionalShape, answers, server)}
          connects={connects}
        />
      );
    case "manual":
      return (
        <>
          {/* The Product ID this page shows is what the procedure carries to the Web site or the agent. */}
          <ProcedureFacts productId={formatProductId(ctx.server.productId)} />
          <ManualBody kind={kind} ctx={ctx} method={method} backHref={backHref} />
        </>
      );
    case "completed":
      return <CompletedBody kind={kind} ctx={ctx} finished={props.finished} />;
  }
}
