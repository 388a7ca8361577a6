// What the Clearinghouse already holds of a license server's company, so the web site's Company information
// page of Activate a license server (by Product ID) and of Install client access licenses (by License Server
// ID) starts from it instead of asking it a second or third time; the visitor changes what is out of date.
// The sources: the server's activation record (ClearinghouseLicenseServer, written by every activation, on
// the web site, at the Phone desk or by a console's Automatic connection) and the requests made for its
// License Server ID (RecoveryRequest: Manage CALs and installations); the newest wins.
// Who may see it: only a visitor whose draft holds the server's full ID (20 digits of Product ID or 35 of
// License Server ID, with check digits, typed on the first page and checked there). The web site already
// treats the ID as the proof (Activate a license server gives an active Product ID its License Server ID
// back), and the ID cannot be guessed in bulk. Rejected requests are not a source: their company may be
// someone else's claim on the server.
import type { Database } from "@/lib/prisma-client";
import type { CompanyStepInput } from "./company-form-schema";

/** The company fields by the web site's names (company-form-schema.ts), null where nothing is held. */
export type KnownCompany = { [K in keyof CompanyStepInput]-?: string | null };

/** The server as the visitor named it: by its Product ID (activation) or its License Server ID (installation). */
export type ServerKey = { productId: string } | { licenseServerId: string };

const RECORD_SELECT = {
  licenseServerId: true,
  firstName: true,
  lastName: true,
  company: true,
  countryRegion: true,
  email: true,
  organizationalUnit: true,
  companyAddress: true,
  activatedAt: true,
} as const;

const REQUEST_SELECT = {
  firstName: true,
  lastName: true,
  companyName: true,
  countryRegion: true,
  companyAddress: true,
  email: true,
  phone: true,
  organizationalUnit: true,
  createdAt: true,
} as const;

/** The newest company information the Clearinghouse holds for the server, or null when it knows none. */
export async function findKnownCompany(db: Database, key: ServerKey): Promise<KnownCompany | null> {
  const record = await db.clearinghouseLicenseServer.findUnique({ where: "productId" in key ? { productId: key.productId } : { licenseServerId: key.licenseServerId }, select: RECORD_SELECT });
  const licenseServerId = "licenseServerId" in key ? key.licenseServerId : record?.licenseServerId;
  const request = licenseServerId
    ? await db.recoveryRequest.findFirst({
        where: { targetLicenseServerId: licenseServerId, status: { not: "REJECTED" } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: REQUEST_SELECT,
      })
    : null;
  if (request && (!record || request.createdAt > record.activatedAt)) {
    return {
      lastName: request.lastName,
      firstName: request.firstName,
      companyName: request.companyName,
      countryRegion: request.countryRegion,
      companyAddress: request.companyAddress,
      email: request.email,
      phone: request.phone,
      organizationalUnit: request.organizationalUnit,
    };
  }
  if (!record) return null;
  return {
    lastName: record.lastName,
    firstName: record.firstName,
    companyName: record.company,
    countryRegion: record.countryRegion,
    companyAddress: record.companyAddress,
    email: record.email,
    // The activation takes no phone number.
    phone: null,
    organizationalUnit: record.organizationalUnit,
  };
}
