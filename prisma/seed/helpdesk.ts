// Helpdesk demo data: an agent, a supervisor and a trainer (passwords in the README), and a queue worth opening:
// requests awaiting review (two for the console's demo servers, so an approved key pack installs there),
// some issued at once, one approved and one rejected, with their audit entries.
import type { Database } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit";
import { generateLicenseServerId } from "@/lib/licensing/license-server-id";
import { createStaffUser } from "../factories";
import { createRecoveryRequest, type RecoveryRequestInput } from "../helpdesk-factories";
import { DEMO_SERVERS, DEMO_STAFF } from "./demo-data";

const DAY = 86_400_000;

export async function seedHelpdesk(db: Database) {
  const staff = [];
  for (const member of DEMO_STAFF) staff.push(await createStaffUser(db, member));
  const supervisor = staff.find((s) => s.role === "SUPERVISOR")!;

  const servers = await db.licenseServer.findMany({
    where: { name: { in: [DEMO_SERVERS.webBrowser.name, DEMO_SERVERS.automatic.name] } },
    select: { name: true, licenseServerId: true },
  });
  const idOf = (name: string) => servers.find((s) => s.name === name)?.licenseServerId ?? generateLicenseServerId();
  const contoso = idOf(DEMO_SERVERS.webBrowser.name);
  const fabrikam = idOf(DEMO_SERVERS.automatic.name);
  const woodgrove = generateLicenseServerId();
  const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * 3_600_000);

  const contosoPerson = { companyName: "Contoso Ltd", firstName: "Alex", lastName: "Morgan", email: "it@contoso.example", countryRegion: "US" };
  const fabrikamPerson = { companyName: "Fabrikam Inc", firstName: "Jordan", lastName: "Lee", email: "licensing@fabrikam.example", countryRegion: "GB" };
  const requests: RecoveryRequestInput[] = [
    // Issued at once, earlier: the history the helpdesk sees for Fabrikam's server.
    { ...fabrikamPerson, status: "ISSUED", targetLicenseServerId: fabrikam, licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: "1000001" }, calType: "WS2019_PER_USER", quantity: 100, createdAt: ago(21) },
    { ...fabrikamPerson, status: "ISSUED", targetLicenseServerId: fabrikam, licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: "1000001" }, calType: "WS2019_PER_USER", quantity: 100, createdAt: ago(6) },
    { companyName: "Northwind School", firstName: "Sam", lastName: "Taylor", email: "admin@northwind.example", countryRegion: "CA", status: "ISSUED", licenseProgram: "SCHOOL_AGREEMENT", credential: { agreementNumber: "4000004" }, calType: "WS2016_PER_USER", quantity: 150, createdAt: ago(3) },
    // Decided by the supervisor.
    { companyName: "Tailspin Hosting", firstName: "Robin", lastName: "Diaz", email: "ops@tailspin.example", countryRegion: "DE", status: "APPROVED", decidedById: supervisor.id, licenseProgram: "SERVICES_PROVIDER_LICENSE_AGREEMENT", credential: { agreementNumber: "5000005" }, calType: "WS2025_PER_USER", quantity: 90, reviewReason: "Quantity 90 is more than the 75 the purchase covers", createdAt: ago(9) },
    { companyName: "Litware Inc", firstName: "Kim", lastName: "Park", email: "kim.park@litware.example", countryRegion: "KR", status: "REJECTED", decidedById: supervisor.id, licenseProgram: "OPEN_LICENSE", credential: { licenseNumber: "87654321", authorizationNumber: "LITWAREAUTH0001" }, calType: "WS2022_PER_DEVICE", quantity: 30, rejectionReason: "We could not find this Open License purchase. Send the license confirmation to the Clearinghouse and submit again.", createdAt: ago(8) },
    // Awaiting review.
    { ...contosoPerson, status: "AWAITING_REVIEW", targetLicenseServerId: contoso, licenseProgram: "LICENSE_PACK", credential: { licenseCode: "R2022-USERC-ALDEM-OPACK-00050" }, calType: "WS2022_PER_USER", quantity: 75, reviewReason: "Quantity 75 is more than the 50 the purchase covers", createdAt: ago(0, 5) },
    { ...contosoPerson, status: "AWAITING_REVIEW", targetLicenseServerId: contoso, licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: "7654321" }, calType: "WS2019_PER_DEVICE", quantity: 20, reviewReason: "The credential matches no purchase the Clearinghouse knows", createdAt: ago(0, 3) },
    { ...fabrikamPerson, status: "AWAITING_REVIEW", targetLicenseServerId: fabrikam, licenseProgram: "SELECT_LICENSE", credential: { agreementNumber: "1000001" }, calType: "WS2019_PER_USER", quantity: 100, reviewReason: "Third recovery for this license server in 30 days", createdAt: ago(1) },
    { companyName: "Woodgrove University", firstName: "Chris", lastName: "Novak", email: "licensing@woodgrove.example", countryRegion: "AU", status: "AWAITING_REVIEW", targetLicenseServerId: woodgrove, licenseProgram: "CAMPUS_AGREEMENT", credential: { agreementNumber: "3000003" }, calType: "WS2016_PER_DEVICE", quantity: 250, reviewReason: "Quantity 250 is more than the 200 the purchase covers", createdAt: ago(2) },
  ];
  for (const input of requests) {
    const request = await createRecoveryRequest(db, input);
    if (request.status === "APPROVED" || request.status === "REJECTED") {
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actorId: supervisor.id,
          actorLabel: supervisor.email,
          action: request.status === "APPROVED" ? "request.approved" : "request.rejected",
          entityType: "RecoveryRequest",
          entityId: request.id,
          before: { status: "AWAITING_REVIEW" },
          after: request.status === "APPROVED" ? { status: "APPROVED", issuedKeyPackId: request.issuedKeyPackId } : { status: "REJECTED", rejectionReason: request.rejectionReason },
        }),
      );
    }
  }
}
