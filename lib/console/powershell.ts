// Beyond the real tool (issue 29): the PowerShell that would do a console action on a real license server, for
// administrators who script. The one table of them. Only commands Microsoft documents, each with its page on
// Microsoft Learn (docs/decisions/037 lists them); an action with no documented command says so rather than
// inventing one. The WMI classes are in root\cimv2 (the default namespace of the CIM cmdlets) and need an
// administrator. Pure: values are quoted here, so nothing typed can break out of its string.

interface DocPage {
  title: string;
  url: string;
}

export type PowerShellEntry = { kind: "commands"; lines: string[]; docs: DocPage[]; note?: string } | { kind: "none"; reason: string };

const LEARN = "https://learn.microsoft.com/en-us";
const DOCS = {
  invokeCimMethod: { title: "Invoke-CimMethod", url: `${LEARN}/powershell/module/cimcmdlets/invoke-cimmethod` },
  getCimInstance: { title: "Get-CimInstance", url: `${LEARN}/powershell/module/cimcmdlets/get-ciminstance` },
  setCimInstance: { title: "Set-CimInstance", url: `${LEARN}/powershell/module/cimcmdlets/set-ciminstance` },
  whereObject: { title: "Where-Object", url: `${LEARN}/powershell/module/microsoft.powershell.core/where-object` },
  revoke: { title: "Revoke method of the Win32_TSIssuedLicense class", url: `${LEARN}/windows/win32/termserv/revoke-win32-tsissuedlicense` },
  issuedLicense: { title: "Win32_TSIssuedLicense class", url: `${LEARN}/windows/win32/termserv/win32-tsissuedlicense` },
  convertLicense: { title: "Convert-License", url: `${LEARN}/powershell/module/remotedesktopservices/convert-license` },
  convertLicenses: { title: "ConvertLicenses method of the Win32_TSLicenseKeyPack class", url: `${LEARN}/windows/win32/termserv/convertlicenses-win32-tslicensekeypack` },
  installKeyPack: { title: "InstallLicenseKeyPack method of the Win32_TSLicenseKeyPack class", url: `${LEARN}/windows/win32/termserv/installlicensekeypack-win32-tslicensekeypack` },
  installAgreement: { title: "InstallAgreementLicenseKeyPack method of the Win32_TSLicenseKeyPack class", url: `${LEARN}/windows/win32/termserv/installagreementlicensekeypack-win32-tslicensekeypack` },
  installRetail: { title: "InstallRetailPurchaseLicenseKeyPack method of the Win32_TSLicenseKeyPack class", url: `${LEARN}/windows/win32/termserv/installretailpurchaselicensekeypack-win32-tslicensekeypack` },
  importOffline: { title: "ImportLicenseKeyPackOffline method of the Win32_TSLicenseKeyPack class", url: `${LEARN}/windows/win32/termserv/win32-tslicensekeypack-importlicensekeypackoffline` },
  licenseServer: { title: "Win32_TSLicenseServer class", url: `${LEARN}/windows/win32/termserv/win32-tslicenseserver` },
  activateAutomatic: { title: "ActivateServerAutomatic method of the Win32_TSLicenseServer class", url: `${LEARN}/windows/win32/termserv/activateserverautomatic-win32-tslicenseserver` },
  activateServer: { title: "ActivateServer method of the Win32_TSLicenseServer class", url: `${LEARN}/windows/win32/termserv/activateserver-win32-tslicenseserver` },
  reactivateAutomatic: { title: "ReactivateServerAutomatic method of the Win32_TSLicenseServer class", url: `${LEARN}/windows/win32/termserv/reactivateserverautomatic-win32-tslicenseserver` },
  serverMethods: { title: "Win32_TSLicenseServer methods", url: `${LEARN}/windows/win32/termserv/win32-tslicenseserver-methods` },
  deactivateAutomatic: { title: "DeactivateServerAutomatic method of the Win32_TSLicenseServer class", url: `${LEARN}/windows/win32/termserv/deactivateserverautomatic-win32-tslicenseserver` },
  generateReportEx: { title: "GenerateReportEx method of the Win32_TSLicenseReport class", url: `${LEARN}/windows/win32/termserv/generatereportex-win32-tslicensereport` },
  licenseReport: { title: "Win32_TSLicenseReport class", url: `${LEARN}/windows/win32/termserv/win32-tslicensereport` },
} as const satisfies Record<string, DocPage>;

/** A PowerShell single-quoted string: nothing inside is expanded, and a quote is doubled. */
export function psString(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** A whole number for an argument; anything else (never expected) becomes a placeholder the person must fill. */
function psNumber(value: number | undefined, placeholder: string): string {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0 ? String(value) : `<${placeholder}>`;
}

/** WMI's ProductVersion of an RDS CAL's Windows Server version (InstallAgreementLicenseKeyPack); 2022 and 2025 are not in the page. */
const PRODUCT_VERSION: Record<string, number> = { "2012": 4, "2016": 5, "2019": 6 };
/** WMI's AgreementType of a License Program (InstallAgreementLicenseKeyPack). */
const AGREEMENT_TYPE: Record<string, number> = { SELECT_LICENSE: 0, ENTERPRISE_AGREEMENT: 1, CAMPUS_AGREEMENT: 2, SCHOOL_AGREEMENT: 3, SERVICES_PROVIDER_LICENSE_AGREEMENT: 4, OTHER_AGREEMENT: 5 };

export interface PowerShellValues {
  issuedTo?: string;
  keypackId?: number;
  count?: number;
  licenseKeyPackId?: string;
  licenseServerId?: string;
  serverName?: string;
  licenseCode?: string;
  licenseProgram?: string;
  agreementNumber?: string;
  /** "WS2019_PER_DEVICE" etc. */
  calType?: string;
  sourceServerName?: string;
  sourceProductId?: string;
  reactivationReason?: number;
}

const SERVER = "$server = Get-CimInstance -ClassName Win32_TSLicenseServer";

/** Every console action that can show its PowerShell, and how each is built from the values the page has. */
export const POWERSHELL = {
  revoke: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [
      `Get-CimInstance -ClassName Win32_TSIssuedLicense | Where-Object sIssuedToComputer -eq ${psString(v.issuedTo ?? "<computer name>")} |`,
      "  Invoke-CimMethod -MethodName Revoke",
    ],
    note: "The result's RevokableCals says how many more can be revoked; at the limit, NextRevokeAllowedOn says when the next revocation is allowed.",
    docs: [DOCS.revoke, DOCS.issuedLicense, DOCS.getCimInstance, DOCS.whereObject, DOCS.invokeCimMethod],
  }),
  convert: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [`Convert-License -KeyPackId ${psNumber(v.keypackId, "Keypack ID")} -Count ${psNumber(v.count, "number of RDS CALs")}`],
    note: "Raises an error if the count is greater than the pack's available (unissued) RDS CALs; returns the new key pack.",
    docs: [DOCS.convertLicense, DOCS.convertLicenses],
  }),
  installKeyPackId: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [`Invoke-CimMethod -ClassName Win32_TSLicenseKeyPack -MethodName InstallLicenseKeyPack -Arguments @{ sLicenseKeyPackId = ${psString(v.licenseKeyPackId ?? "<35-character license key pack ID, no hyphens>")} }`],
    docs: [DOCS.installKeyPack, DOCS.invokeCimMethod],
  }),
  installRetail: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [`Invoke-CimMethod -ClassName Win32_TSLicenseKeyPack -MethodName InstallRetailPurchaseLicenseKeyPack -Arguments @{ sLicenseCode = ${psString(v.licenseCode ?? "<25-character license code, no hyphens>")} }`],
    docs: [DOCS.installRetail, DOCS.invokeCimMethod],
  }),
  installAgreement: (v: PowerShellValues): PowerShellEntry => {
    const version = v.calType ? PRODUCT_VERSION[v.calType.slice(2, 6)] : undefined;
    const type = v.calType ? (v.calType.endsWith("PER_USER") ? 1 : 0) : undefined;
    const agreement = v.licenseProgram ? AGREEMENT_TYPE[v.licenseProgram] : undefined;
    return {
      kind: "commands",
      lines: [
        "Invoke-CimMethod -ClassName Win32_TSLicenseKeyPack -MethodName InstallAgreementLicenseKeyPack -Arguments @{",
        `  AgreementType = ${psNumber(agreement, "agreement type")}; sAgreementNumber = ${psString(v.agreementNumber ?? "<agreement number>")}`,
        `  ProductVersion = ${psNumber(version, "product version")}; ProductType = ${psNumber(type, "0 Per Device, 1 Per User")}; LicenseCount = ${psNumber(v.count, "quantity")} }`,
      ],
      note: version === undefined && v.calType ? "Microsoft's page lists ProductVersion values up to Windows Server 2019 only (2 = 2008, 4 = 2012, 5 = 2016, 6 = 2019)." : undefined,
      docs: [DOCS.installAgreement, DOCS.invokeCimMethod],
    };
  },
  migrateOffline: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [
      "Invoke-CimMethod -ClassName Win32_TSLicenseKeyPack -MethodName ImportLicenseKeyPackOffline -Arguments @{",
      `  sLicenseKeyPackId = ${psString(v.licenseKeyPackId ?? "<license key pack ID>")}; sSourceLSName = ${psString(v.sourceServerName ?? "<source server name>")}`,
      `  sSourceLSProductId = ${psString(v.sourceProductId ?? "<source Product ID>")} }`,
    ],
    docs: [DOCS.importOffline, DOCS.invokeCimMethod],
  }),
  activateAutomatic: (): PowerShellEntry => ({
    kind: "commands",
    lines: [
      SERVER,
      "Set-CimInstance -InputObject $server -Property @{ FirstName = '<first name>'; LastName = '<last name>'; Company = '<company>'; CountryRegion = '<country or region>' }",
      "Invoke-CimMethod -InputObject $server -MethodName ActivateServerAutomatic",
    ],
    note: "ActivateServerAutomatic fails unless FirstName, LastName, Company and CountryRegion are set.",
    docs: [DOCS.activateAutomatic, DOCS.licenseServer, DOCS.setCimInstance, DOCS.invokeCimMethod],
  }),
  activateManual: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [SERVER, `Invoke-CimMethod -InputObject $server -MethodName ActivateServer -Arguments @{ sLicenseServerId = ${psString(v.licenseServerId ?? "<35-digit license server ID, no hyphens>")} }`],
    docs: [DOCS.activateServer, DOCS.invokeCimMethod],
  }),
  reactivateAutomatic: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [SERVER, `Invoke-CimMethod -InputObject $server -MethodName ReactivateServerAutomatic -Arguments @{ Reason = ${psNumber(v.reactivationReason, "reason, 0 to 4")} }`],
    docs: [DOCS.reactivateAutomatic, DOCS.invokeCimMethod],
  }),
  reactivateManual: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [SERVER, `Invoke-CimMethod -InputObject $server -MethodName ReactivateServer -Arguments @{ sNewLicenseServerId = ${psString(v.licenseServerId ?? "<35-digit license server ID, no hyphens>")} }`],
    docs: [DOCS.serverMethods, DOCS.invokeCimMethod],
  }),
  deactivateManual: (): PowerShellEntry => ({
    kind: "none",
    reason: "Microsoft lists a DeactivateServer method but documents no parameters for a deactivation by Web Browser or Telephone, so there is no command to show: use this wizard.",
  }),
  deactivateAutomatic: (): PowerShellEntry => ({
    kind: "commands",
    lines: [SERVER, "Invoke-CimMethod -InputObject $server -MethodName DeactivateServerAutomatic"],
    docs: [DOCS.deactivateAutomatic, DOCS.serverMethods, DOCS.invokeCimMethod],
  }),
  companyInformation: (): PowerShellEntry => ({
    kind: "commands",
    lines: [SERVER, "Set-CimInstance -InputObject $server -Property @{ FirstName = '<first name>'; LastName = '<last name>'; Company = '<company>'; CountryRegion = '<country or region>' }"],
    note: "Microsoft documents no property or method for the connection method: change it in the console's Properties.",
    docs: [DOCS.licenseServer, DOCS.setCimInstance],
  }),
  connect: (v: PowerShellValues): PowerShellEntry => ({
    kind: "commands",
    lines: [`Get-CimInstance -ComputerName ${psString(v.serverName ?? "<license server name>")} -ClassName Win32_TSLicenseServer`],
    docs: [DOCS.getCimInstance, DOCS.licenseServer],
  }),
  calUsageReport: (): PowerShellEntry => ({
    kind: "commands",
    lines: ["Invoke-CimMethod -ClassName Win32_TSLicenseReport -MethodName GenerateReportEx"],
    note: "GenerateReportEx reports on every Per User and Per Device CAL: it takes no scope. A report for one domain or organizational unit has no documented command.",
    docs: [DOCS.generateReportEx, DOCS.licenseReport, DOCS.invokeCimMethod],
  }),
  rebuild: (): PowerShellEntry => ({
    kind: "none",
    reason: "Microsoft documents no PowerShell command or WMI method that rebuilds the RD Licensing database: it is done in RD Licensing Manager, as this wizard does.",
  }),
} as const satisfies Record<string, (v: PowerShellValues) => PowerShellEntry>;

export type PowerShellAction = keyof typeof POWERSHELL;

export function powershellFor(action: PowerShellAction, values: PowerShellValues = {}): PowerShellEntry {
  return POWERSHELL[action](values);
}

/** What a disclosure shows: an action of the table, with the values its page has. */
export interface PowerShellRef {
  action: PowerShellAction;
  values?: PowerShellValues;
}

/** The Activate, Reactivate and Deactivate Server wizards' completing pages. */
export function lifecyclePowerShell(kind: "ACTIVATE_SERVER" | "REACTIVATE_SERVER" | "DEACTIVATE_SERVER", method: string, v: { licenseServerId?: string | null; reasonIndex?: number }): PowerShellRef {
  const automatic = method === "AUTOMATIC";
  const licenseServerId = v.licenseServerId ?? undefined;
  if (kind === "ACTIVATE_SERVER") return automatic ? { action: "activateAutomatic" } : { action: "activateManual", values: { licenseServerId } };
  if (kind === "REACTIVATE_SERVER") return automatic ? { action: "reactivateAutomatic", values: { reactivationReason: v.reasonIndex } } : { action: "reactivateManual", values: { licenseServerId } };
  return { action: automatic ? "deactivateAutomatic" : "deactivateManual" };
}

/** The Install Licenses Wizard's completing page: by the key pack ID typed, or (Automatic) by the purchase. */
export function installPowerShell(
  answers: { connectionMethod: string; licenseProgram?: string; credentials?: { licenseCode?: string | null; agreementNumber?: string | null }[]; calType?: string; quantity?: number } | null,
  firstPack: { licenseKeyPackId: string } | undefined,
): PowerShellRef {
  if (answers?.connectionMethod !== "AUTOMATIC") return { action: "installKeyPackId", values: { licenseKeyPackId: firstPack?.licenseKeyPackId } };
  const credential = answers.credentials?.[0];
  if (answers.licenseProgram === "LICENSE_PACK") return { action: "installRetail", values: { licenseCode: credential?.licenseCode ?? undefined } };
  return { action: "installAgreement", values: { licenseProgram: answers.licenseProgram, agreementNumber: credential?.agreementNumber ?? undefined, calType: answers.calType, count: answers.quantity } };
}
