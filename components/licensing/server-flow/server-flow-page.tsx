// One page of Activate / Reactivate / Deactivate a license server on the web site. The visitor's draft (one
// per flow, lib/clearinghouse/server-flow-queries.ts) decides which pages may show: skipping ahead lands on the
// first page with missing answers; after the submit only the result shows. The routes are thin files.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { CompanyForm } from "@/components/licensing/company-form";
import { SummaryList } from "@/components/licensing/summary-list";
import { SubmitForm } from "@/components/licensing/submit-form";
import { COUNTRY_OPTIONS } from "@/lib/countries/names";
import { saveFlowCompanyForm, saveFlowContactForm, saveFlowDetailsForm, submitServerFlowForm } from "@/lib/clearinghouse/server-flow-actions";
import {
  firstIncompleteFlowPage,
  flowPath,
  PAGE_TITLES,
  SERVER_FLOW_INFO,
  type ServerFlow,
  type ServerFlowPage,
} from "@/lib/clearinghouse/server-flows";
import { getFlowDraft } from "@/lib/clearinghouse/server-flow-queries";
import { canShowFlowPage, flowPages, previousFlowPage } from "@/lib/clearinghouse/site-wizards";
import { companyShape } from "@/lib/clearinghouse/company-schema";
import { formDefaults } from "@/lib/forms/company-fields";
import { getDb } from "@/lib/db";
import { findKnownCompany } from "@/lib/clearinghouse/known-company";
import { KnownCompanyNote } from "@/components/licensing/known-company-note";
import { flowSummary } from "@/lib/clearinghouse/server-flow-summary";
import { FlowContactForm } from "./contact-form";
import { FlowDetailsForm } from "./details-form";
import { FlowResult } from "./flow-result";

export type FlowSearchParams = Promise<Record<string, string | string[] | undefined>>;

export function flowMetadata(flow: ServerFlow, page: ServerFlowPage) {
  return { title: `${PAGE_TITLES[page]} · ${SERVER_FLOW_INFO[flow].title}` };
}

export function pageFromSegment(flow: ServerFlow, segment: string): ServerFlowPage {
  const page = flowPages(flow).find((p) => p === segment && p !== "details");
  if (!page) notFound();
  return page;
}

export async function ServerFlowPage({ flow, page, searchParams }: { flow: ServerFlow; page: ServerFlowPage; searchParams: FlowSearchParams }) {
  await connection();
  const params = await searchParams;
  const draft = await getFlowDraft(flow);
  // The first page always shows (it starts a new request after a finished one); the others follow the draft.
  if (page !== "details") {
    if (!draft) redirect(flowPath(flow, "details"));
    const furthest = firstIncompleteFlowPage(flow, draft.answers);
    if (!canShowFlowPage(flow, furthest, draft.submitted, page)) redirect(flowPath(flow, draft.submitted ? "result" : furthest));
  }
  const answers = draft && !draft.submitted ? draft.answers : {};
  const returnToVerify = params.return === "verify" && page !== "verify" && page !== "result";
  const previous = previousFlowPage(flow, page);
  const backHref = returnToVerify ? flowPath(flow, "verify") : previous && page !== "result" ? flowPath(flow, previous) : "/licensing";
  const pages = flowPages(flow);
  const index = pages.indexOf(page);
  // The company page starts from what the Clearinghouse holds for the Product ID the visitor typed, until they save their own.
  const known = page === "company" && answers.productId && !answers.lastName ? await findKnownCompany(await getDb(), { productId: answers.productId }) : null;
  const fromConsole = (name: string) => (typeof params[name] === "string" ? (params[name] as string).replace(/\D/g, "") : "");
  return (
    <main>
      {page !== "result" ? (
        <Link href={backHref} className="inline-block text-sm print:hidden">
          <span aria-hidden="true">‹ </span>Back
        </Link>
      ) : null}
      <p className="mt-4 text-muted">
        {SERVER_FLOW_INFO[flow].title} · Step {index + 1} of {pages.length}
      </p>
      <h1 className="text-2xl">{PAGE_TITLES[page]}</h1>
      {page === "details" ? (
        <FlowDetailsForm
          flow={flow}
          returnToVerify={returnToVerify}
          action={saveFlowDetailsForm.bind(null, flow, returnToVerify)}
          defaults={{ productId: fromConsole("productId") || answers.productId || "", reason: answers.reason ?? "", licenseServerId: fromConsole("licenseServerId") || answers.licenseServerId || "" }}
        />
      ) : null}
      {page === "company" ? (
        <>
          {known ? <KnownCompanyNote what="Product ID" /> : null}
          <CompanyForm
            countries={COUNTRY_OPTIONS}
            returnToVerify={returnToVerify}
            action={saveFlowCompanyForm.bind(null, returnToVerify)}
            defaultValues={formDefaults(companyShape, answers, known ?? {})}
          />
        </>
      ) : null}
      {page === "contact" ? (
        <FlowContactForm
          returnToVerify={returnToVerify}
          action={saveFlowContactForm.bind(null, returnToVerify)}
          defaults={{ contactName: answers.contactName ?? "", contactEmail: answers.contactEmail ?? "", contactPhone: answers.contactPhone ?? "" }}
        />
      ) : null}
      {page === "verify" ? (
        <>
          <p className="mt-3 max-w-2xl">Verify that the information is correct. To submit it to the Microsoft Clearinghouse, click Next.</p>
          <div className="mt-6 max-w-3xl">
            <SummaryList sections={flowSummary(flow, answers)} changeHref={(section) => `${flowPath(flow, section.step)}?return=verify`} />
            <SubmitForm action={submitServerFlowForm.bind(null, flow)} />
          </div>
        </>
      ) : null}
      {page === "result" && draft ? <FlowResult flow={flow} answers={draft.answers} /> : null}
    </main>
  );
}
