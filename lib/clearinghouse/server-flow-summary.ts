// The verify and result pages' summary of an Activate / Reactivate / Deactivate a license server request.
import { countryName } from "@/lib/countries/names";
import { formatLicenseServerId } from "@/lib/licensing/license-server-id";
import { formatProductId } from "@/lib/licensing/product-id";
import { NOT_GIVEN, type SummaryRow } from "./summary";
import { PAGE_TITLES, type FlowAnswers, type ServerFlow, type ServerFlowPage } from "./server-flows";

export function flowSummary(flow: ServerFlow, a: FlowAnswers): { step: ServerFlowPage; title: string; rows: SummaryRow[] }[] {
  const details: SummaryRow[] = [{ label: "Product ID", value: a.productId ? formatProductId(a.productId) : "", grouped: true }];
  if (flow === "reactivate") details.push({ label: "Reason for reactivation", value: a.reason ?? "" });
  if (flow === "deactivate") details.push({ label: "License Server ID", value: a.licenseServerId ? formatLicenseServerId(a.licenseServerId) : "", grouped: true });
  const sections: { step: ServerFlowPage; title: string; rows: SummaryRow[] }[] = [{ step: "details", title: PAGE_TITLES.details, rows: details }];
  if (flow === "activate") {
    sections.push({
      step: "company",
      title: PAGE_TITLES.company,
      rows: [
        { label: "Last name or surname", value: a.lastName ?? "" },
        { label: "First name or given name", value: a.firstName ?? "" },
        { label: "Company name", value: a.companyName ?? "" },
        { label: "Country/region", value: countryName(a.countryRegion) },
        { label: "Company address", value: a.companyAddress || NOT_GIVEN },
        { label: "E-mail address", value: a.email || NOT_GIVEN },
        { label: "Phone number", value: a.phone || NOT_GIVEN },
        { label: "Organizational unit", value: a.organizationalUnit || NOT_GIVEN },
      ],
    });
  }
  if (flow === "deactivate") {
    sections.push({
      step: "contact",
      title: PAGE_TITLES.contact,
      rows: [
        { label: "Name", value: a.contactName ?? "" },
        { label: "E-mail address", value: a.contactEmail ?? "" },
        { label: "Phone number", value: a.contactPhone || NOT_GIVEN },
      ],
    });
  }
  return sections;
}
