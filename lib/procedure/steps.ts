// The 19 steps of "To rebuild the RD Licensing database by using a Web browser", in the document's words
// (docs/procedure-source.txt), with the notes that belong to a step. The Procedure panel and the demos read this.

export type ProcedureSite = "console" | "licensing";

export interface ProcedureStep {
  number: number;
  site: ProcedureSite;
  text: string;
  /** A note of the document that belongs at this step. */
  note?: string;
  /** What the person must carry by hand to the other computer at this step. */
  carry?: "licenseServerId" | "licenseKeyPackId" | "productId";
}

export const PROCEDURE_TITLE = "To rebuild the RD Licensing database by using a Web browser";

export const PROCEDURE_WARNING =
  "Rebuilding the RD Licensing database deletes any RDS CALs that are currently installed on the license server. After the RD Licensing database is rebuilt, you must reinstall your RDS CALs onto the license server. Therefore, before you rebuild the RD Licensing database on a license server, ensure that you have your RDS CAL purchase agreement documentation available.";

export const PROCEDURE_STEPS: readonly ProcedureStep[] = [
  { number: 1, site: "console", text: "On the license server, open Remote Desktop Licensing Manager." },
  { number: 2, site: "console", text: "Verify that the connection method for the Remote Desktop license server is set to Web Browser by right-clicking the license server on which you want to rebuild the RD Licensing database, and then clicking Properties. On the Connection Method tab, change the connection method if necessary, and then click OK." },
  { number: 3, site: "console", text: "Select the license server whose RD Licensing database you want to rebuild, and then on the Action menu, click Manage RDS CALs." },
  { number: 4, site: "console", text: "On the Welcome to the Manage RDS CALs Wizard page, click Next." },
  { number: 5, site: "console", text: "On the Action Selection page, click Rebuild the license server database." },
  { number: 6, site: "console", text: "Select a reason for rebuilding the RD Licensing database, and then click Next.", note: PROCEDURE_WARNING },
  { number: 7, site: "console", text: "On the Confirm Deletion of RDS CALs page, select the Confirm deletion of RDS CALs currently installed on this license server check box, and then click Next.", note: PROCEDURE_WARNING },
  { number: 8, site: "console", text: "After the contents of the RD Licensing database have been deleted, on the Reinstalling RDS CALs page, click Next.", note: "You can only reinstall one set (or pack) of RDS CALs at a time. After you have reinstalled the first set of RDS CALs, the wizard asks you if you want to reinstall another set of RDS CALs. You are asked this after each set of RDS CALs is reinstalled." },
  { number: 9, site: "console", text: "On the Obtain Client License Key Pack page, click the hyperlink to connect to the Remote Desktop Services Licensing Web site.", note: "If you are running Remote Desktop Licensing Manager on a computer that does not have Internet connectivity, note the address for the Remote Desktop Services Licensing Web site, and then connect to the Web site from a computer that has Internet connectivity.", carry: "licenseServerId" },
  { number: 10, site: "licensing", text: "On the Remote Desktop Services Licensing Web page, under Select Option, select Manage CALs, and then click Next." },
  { number: 11, site: "licensing", text: "Provide the following required information: Target License Server ID, Reason for recovery, License Program.", note: "The Target License Server ID is a 35-digit number, in groups of 5 numerals, which is displayed on the Obtain Client License Key Pack page in the Manage RDS CALs Wizard.", carry: "licenseServerId" },
  { number: 12, site: "licensing", text: "Click Next." },
  { number: 13, site: "licensing", text: "Provide the following required information: Last name or surname, First name or given name, Company name, Country/region.", note: "You can also provide the optional information requested, such as company address, e-mail address, and phone number. In the organizational unit field, you can describe the unit within your organization that this license server serves." },
  { number: 14, site: "licensing", text: "Click Next." },
  { number: 15, site: "licensing", text: "The License Program that you selected on the previous page determines what information you need to provide on this page. In most cases, you must provide either a license code or an agreement number. In addition, you need to specify which type of RDS CAL and the quantity that you want to reinstall on the license server.", note: "Consult the documentation provided when you purchased your RDS CALs." },
  { number: 16, site: "licensing", text: "After you have entered the required information, click Next." },
  { number: 17, site: "licensing", text: "Verify that all of the information that you have entered is correct. To submit your request to the Microsoft Clearinghouse, click Next. The Web page then displays a license key pack ID generated by the Microsoft Clearinghouse.", note: "Retain a copy of the license key pack ID. Having this information with you facilitates communications with the Microsoft Clearinghouse, should you need assistance with recovering RDS CALs.", carry: "licenseKeyPackId" },
  { number: 18, site: "console", text: "In the Manage RDS CALs Wizard, on the Obtain Client License Key Pack page, enter the license key pack ID in the boxes provided, and then click Next. The RDS CALs are reinstalled onto your license server.", carry: "licenseKeyPackId" },
  { number: 19, site: "console", text: "To reinstall another set of RDS CALs, on the Reinstalling Additional RDS CALs page, click Continue reinstalling additional RDS CALs, and then click Next. Repeat steps 9 through 18. To finish rebuilding the RD Licensing database, click Finish rebuilding the RD Licensing database, click Next, and then click Finish." },
];

export function procedureStep(number: number): ProcedureStep {
  const step = PROCEDURE_STEPS.find((s) => s.number === number);
  if (!step) throw new Error(`No procedure step ${number}`);
  return step;
}
