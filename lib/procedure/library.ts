// The procedure library: every procedure the Procedure panel offers, with its numbered steps. The rebuild keeps
// the source document's words (steps.ts); the others are written in our own words from Microsoft's public
// documentation of RD Licensing, with the real tool's page and option names. Loaded with the panel's body
// only (catalog.ts has what every page needs).
import type { ProcedureId } from "./catalog";
import { PROCEDURE_STEPS, PROCEDURE_TITLE, PROCEDURE_WARNING, type ProcedureSite, type ProcedureStep } from "./steps";

export interface Procedure {
  id: ProcedureId;
  title: string;
  steps: readonly ProcedureStep[];
  /** What the panel says once every step is done. */
  finished: string;
  /** Shown at the steps whose note it is, highlighted as a warning. */
  warning?: string;
}

export interface StepGroup {
  title: string;
  from: number;
  to: number;
}

function numbered(steps: readonly Omit<ProcedureStep, "number">[]): ProcedureStep[] {
  return steps.map((step, i) => ({ ...step, number: i + 1 }));
}

const OPEN_CONSOLE: Omit<ProcedureStep, "number"> = { site: "console", text: "On the license server, open Remote Desktop Licensing Manager." };
const NO_INTERNET_NOTE =
  "If the license server has no Internet connection, write down the address of the Remote Desktop Services Licensing Web site and the values shown here, and use any computer that has one.";

const ACTIVATE_WEB: Procedure = {
  id: "activate-web",
  title: "To activate a license server by using a Web browser",
  finished: "You have done all the steps: the license server is activated.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "In the tree, select the license server that shows Not activated, and then on the Action menu click Activate Server. Right-clicking the server offers the same command." },
    { site: "console", text: "On the Welcome to the Activate Server Wizard page, click Next." },
    { site: "console", text: "On the Connection Method page, choose Web Browser, and then click Next. The wizard asks no company information: you give it on the web site." },
    { site: "console", text: "On the License Server Activation page, note the Product ID, and then open the Remote Desktop Services Licensing Web site by its link or QR code.", note: NO_INTERNET_NOTE, carry: "productId" },
    { site: "licensing", text: "On the Remote Desktop Services Licensing Web site, under Select Option, choose Activate a license server, and then click Next." },
    { site: "licensing", text: "Type the Product ID the wizard showed you, and then click Next.", note: "The Product ID has 20 digits in 4 groups of 5, as on the License Server Activation page.", carry: "productId" },
    { site: "licensing", text: "Fill in your company information, and then click Next. If the Clearinghouse already knows this license server, the page starts from what it holds: check it and change what is out of date." },
    { site: "licensing", text: "Check what you entered, and then click Next to send it. The page shows the license server ID: keep a copy of it.", carry: "licenseServerId" },
    { site: "console", text: "Back in the wizard, on the License Server Activation page, type the license server ID into the boxes and click Next. On the completing page, leave Start Install Licenses Wizard now selected to install RDS CALs next (or clear it), and click Finish.", carry: "licenseServerId" },
  ]),
};

const ACTIVATE_TELEPHONE: Procedure = {
  id: "activate-telephone",
  title: "To activate a license server by using the telephone",
  finished: "You have done all the steps: the license server is activated.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "In the tree, select the license server that shows Not activated, and then on the Action menu click Activate Server." },
    { site: "console", text: "On the Welcome to the Activate Server Wizard page, click Next." },
    { site: "console", text: "On the Connection Method page, choose Telephone and your country or region (it decides the Clearinghouse's telephone number), and then click Next. The wizard asks no company information: you give it to the agent." },
    { site: "console", text: "On the License Server Activation page, call the number shown, and read the Product ID and your company information to the Clearinghouse agent.", note: "The numbers this app shows are fictional: the helpdesk's Phone desk answers them (the agent chooses Activate a license server)." },
    { site: "console", text: "Type the license server ID the agent reads back into the boxes, and then click Next.", carry: "licenseServerId" },
    { site: "console", text: "On the Completing the Activate Server Wizard page, choose whether to start the Install Licenses Wizard now, and then click Finish." },
  ]),
};

const INSTALL_WEB: Procedure = {
  id: "install-web",
  title: "To install RDS CALs by using a Web browser",
  finished: "You have done all the steps: the RDS CALs are installed.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "Check that the license server is activated and that its connection method is Web Browser: right-click the server, click Properties, and look at the Connection Method tab." },
    { site: "console", text: "Select the license server, and then on the Action menu click Install Licenses." },
    { site: "console", text: "On the Welcome to the Install Licenses Wizard page, click Next." },
    { site: "console", text: "On the Obtain Client License Key Pack page, note the License Server ID, and then open the Remote Desktop Services Licensing Web site by its link or QR code.", note: NO_INTERNET_NOTE, carry: "licenseServerId" },
    { site: "licensing", text: "Under Select Option, choose Install client access licenses, and then click Next." },
    { site: "licensing", text: "Type the License Server ID the wizard showed you and choose your License Program, and then click Next.", carry: "licenseServerId" },
    { site: "licensing", text: "Fill in your company information, and then click Next. If the Clearinghouse already knows this license server, the page starts from what it holds: check it and change what is out of date." },
    { site: "licensing", text: "Enter the license code or agreement number of your purchase, the type of RDS CAL and the quantity, and then click Next.", note: "What you enter depends on the License Program: look at the papers you got with your purchase." },
    { site: "licensing", text: "Check the information, and then click Next to send it. The page shows the license key pack ID: keep a copy of it.", carry: "licenseKeyPackId" },
    { site: "console", text: "Back in the Install Licenses Wizard, on the Obtain Client License Key Pack page, type the license key pack ID into the boxes, and then click Next.", carry: "licenseKeyPackId" },
    { site: "console", text: "On the Completing the Install Licenses Wizard page, check the RDS CALs installed, and then click Finish." },
  ]),
};

const REACTIVATE: Procedure = {
  id: "reactivate",
  title: "To reactivate a license server",
  finished: "You have done all the steps: the license server has a new license server ID.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "Select the license server, point to Advanced on the Action menu, and then click Reactivate Server." },
    { site: "console", text: "On the Welcome to the Reactivate Server Wizard page, click Next." },
    { site: "console", text: "On the Connection Method page, choose how to reach the Clearinghouse, and then click Next." },
    { site: "console", text: "Choose why the server needs a new license server ID (for example, it was redeployed or its certificate is corrupted), and then click Next." },
    { site: "console", text: "With Automatic connection the wizard gets the new license server ID itself. With Web Browser, reactivate the server on the Web site (Reactivate a license server); with Telephone, call the number shown and give the Product ID and the reason (the helpdesk's Phone desk answers). Type the new license server ID into the boxes; then click Next.", carry: "licenseServerId" },
    { site: "console", text: "On the completing page, click Finish. The RDS CALs installed on the server stay installed." },
  ]),
};

const DEACTIVATE: Procedure = {
  id: "deactivate",
  title: "To deactivate a license server",
  finished: "You have done all the steps: the license server is no longer activated.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "Select the license server, point to Advanced on the Action menu, and then click Deactivate Server." },
    { site: "console", text: "On the Welcome to the Deactivate Server Wizard page, click Next." },
    { site: "console", text: "On the Connection Method page, choose how to reach the Clearinghouse, and then click Next." },
    { site: "console", text: "Enter your name and e-mail address (the telephone number is optional), and then click Next." },
    { site: "console", text: "With Automatic connection the wizard deactivates the server itself. With Web Browser, deactivate it on the Web site (Deactivate a license server); with Telephone, call the number shown and give the Product ID, the License Server ID and your name and e-mail address (the helpdesk's Phone desk answers). Type the confirmation code you are given into the boxes; then click Next." },
    { site: "console", text: "On the completing page, click Finish. The server shows Not activated again: it can issue only temporary RDS CALs until it is activated." },
  ]),
};

const TELEPHONE_NOTE = "The numbers this app shows are fictional: the helpdesk's Phone desk answers them.";
const READ_BACK_NOTE = "The agent reads the ID group by group, spelling each letter with the telephone alphabet (K as in Kilo): type each box as you hear it, and read it back.";

const MIGRATE_WEB: Procedure = {
  id: "migrate-web",
  title: "To migrate RDS CALs to another license server by using a Web browser",
  finished: "You have done all the steps: the RDS CALs are on this license server.",
  steps: numbered([
    { site: "console", text: "On the license server that is to receive the RDS CALs, open Remote Desktop Licensing Manager." },
    { site: "console", text: "Check that its connection method is Web Browser: right-click the server, click Properties, and look at the Connection Method tab." },
    { site: "console", text: "Select this license server, and then on the Action menu click Manage RDS CALs." },
    { site: "console", text: "On the Welcome to the Manage RDS CALs Wizard page, click Next." },
    { site: "console", text: "On the Action Selection page, choose Migrate RDS CALs from another license server to this license server, and then click Next." },
    { site: "console", text: "Choose why you are migrating: the source license server is being replaced by this one, or it no longer works. Click Next." },
    { site: "console", text: "On the Source License Server Information page, type the source server's name or IP address. If it is not on the network any more, select the check box and give its operating system and License Server ID. Click Next." },
    { site: "console", text: "Read the reminder: the RDS CALs must be removed from the source license server (by hand, when it is not available). Click Next.", note: "A purchase covers its RDS CALs once: the Clearinghouse stops counting the source's key pack when it issues this one." },
    { site: "console", text: "On the Obtain Client License Key Pack page, note this server's License Server ID, and then open the Remote Desktop Services Licensing Web site by its link or QR code.", note: NO_INTERNET_NOTE, carry: "licenseServerId" },
    { site: "licensing", text: "Under Select Option, choose Manage CALs, and then click Next." },
    { site: "licensing", text: "Type this server's License Server ID as the Target License Server ID, choose the migration as the reason, give the source's License Server ID, choose the License Program, and then click Next.", carry: "licenseServerId" },
    { site: "licensing", text: "Fill in your company information, and then click Next." },
    { site: "licensing", text: "Enter the license code or agreement number of the purchase, the type of RDS CAL and the quantity the source held, and then click Next." },
    { site: "licensing", text: "Check the information, and then click Next to send it. The page shows the license key pack ID: keep a copy of it.", carry: "licenseKeyPackId" },
    { site: "console", text: "Back in the wizard, on the Obtain Client License Key Pack page, type the license key pack ID into the boxes, and then click Next.", carry: "licenseKeyPackId" },
    { site: "console", text: "On the completing page, check what was removed from the source license server (or the list of what to remove by hand), and then click Finish." },
  ]),
};

const REBUILD_TELEPHONE: Procedure = {
  id: "rebuild-telephone",
  title: "To rebuild the RD Licensing database by using the telephone",
  warning: PROCEDURE_WARNING,
  finished: "You have done all the steps: the RD Licensing database is rebuilt.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "Set the connection method to Telephone: right-click the license server, click Properties, and on the Connection Method tab choose Telephone and your country or region. Click OK." },
    { site: "console", text: "Select the license server, and then on the Action menu click Manage RDS CALs." },
    { site: "console", text: "On the Welcome to the Manage RDS CALs Wizard page, click Next." },
    { site: "console", text: "On the Action Selection page, choose Rebuild the license server database, and then click Next." },
    { site: "console", text: "Choose why you are rebuilding the database, and then click Next.", note: PROCEDURE_WARNING },
    { site: "console", text: "On the Confirm Deletion of RDS CALs page, select the check box to confirm, and then click Next.", note: PROCEDURE_WARNING },
    { site: "console", text: "When the database has been emptied, on the Reinstalling RDS CALs page, click Next." },
    { site: "console", text: "On the Obtain Client License Key Pack page, call the number shown, and read the License Server ID to the Clearinghouse agent, group by group.", note: TELEPHONE_NOTE },
    { site: "console", text: "Tell the agent why you are rebuilding, your License Program and its license code or agreement number, your company information, and the type and quantity of RDS CALs to reinstall." },
    { site: "console", text: "Type the license key pack ID the agent reads back into the boxes, and then click Next.", note: READ_BACK_NOTE, carry: "licenseKeyPackId" },
    { site: "console", text: "To reinstall another set, choose to continue on the Reinstalling Additional RDS CALs page and repeat steps 9 to 11. To finish, choose to finish rebuilding, click Next, and then click Finish." },
  ]),
};

const INSTALL_TELEPHONE: Procedure = {
  id: "install-telephone",
  title: "To install RDS CALs by using the telephone",
  finished: "You have done all the steps: the RDS CALs are installed.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "Check that the license server is activated and that its connection method is Telephone (Properties, Connection Method tab, with your country or region)." },
    { site: "console", text: "Select the license server, and then on the Action menu click Install Licenses." },
    { site: "console", text: "On the Welcome to the Install Licenses Wizard page, click Next." },
    { site: "console", text: "On the Obtain Client License Key Pack page, call the number shown, and read the License Server ID to the Clearinghouse agent.", note: TELEPHONE_NOTE },
    { site: "console", text: "Tell the agent your License Program and its license code or agreement number, your company information, and the type and quantity of RDS CALs." },
    { site: "console", text: "Type the license key pack ID the agent reads back into the boxes, and then click Next.", note: READ_BACK_NOTE, carry: "licenseKeyPackId" },
    { site: "console", text: "On the Completing the Install Licenses Wizard page, check the RDS CALs installed, and then click Finish." },
  ]),
};

const REVOKE: Procedure = {
  id: "revoke",
  title: "To revoke an RDS Per Device CAL",
  finished: "You have done all the steps: the RDS Per Device CAL is revoked and back in the pool of available licenses.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "In the tree, select the license server that issued the RDS Per Device CAL. Its issued RDS CALs are listed below its key packs." },
    {
      site: "console",
      text: "Under Issued RDS CALs, right-click the computer the CAL was issued to, and then click Revoke License (its Revoke link does the same).",
      note: "Only Per Device CALs can be revoked: a Per User CAL offers no Revoke License.",
    },
    {
      site: "console",
      text: "On the Revoke License page, check the computer, the version and type of the CAL and how many more of that version you may revoke, and then click Revoke License. The CAL returns to the pool at once; the computer gets a new one the next time it connects.",
      note: "At most 20% of the Per Device CALs of one version may stand revoked at a time. At the limit, the page says when the next revocation is allowed.",
    },
  ]),
};

const CONVERT: Procedure = {
  id: "convert",
  title: "To convert RDS CALs from Per User to Per Device, or from Per Device to Per User",
  finished: "You have done all the steps: the converted RDS CALs are installed as a new key pack.",
  steps: numbered([
    OPEN_CONSOLE,
    { site: "console", text: "Select the license server, and then on the Action menu click Manage RDS CALs." },
    { site: "console", text: "On the Welcome to the Manage RDS CALs Wizard page, click Next." },
    { site: "console", text: "On the Action Selection page, choose Convert RDS CALs, and then click Next." },
    {
      site: "console",
      text: "On the Select the Key Pack to Convert page, choose the key pack and type the number of RDS CALs to convert, and then click Next.",
      note: "The number cannot be more than the key pack's available (unissued) RDS CALs: issued ones cannot be converted.",
    },
    {
      site: "console",
      text: "On the Obtain Client License Key Pack page: with the Automatic connection method, click Next and go to the last step. With Web Browser, open the Convert RDS CALs page of the Remote Desktop Services Licensing Web site by its link; with Telephone, call the number shown.",
      note: TELEPHONE_NOTE,
      carry: "licenseServerId",
    },
    { site: "licensing", text: "Give the License Server ID, the license key pack ID of the key pack to convert and the number of RDS CALs, as the wizard shows them. Keep the license key pack ID of the converted key pack." },
    { site: "console", text: "Back in the wizard, type the converted key pack's license key pack ID into the boxes, and then click Next.", carry: "licenseKeyPackId" },
    { site: "console", text: "On the completing page, check the new key pack and what the converted key pack keeps, and then click Finish." },
  ]),
};

export const PROCEDURES: Record<ProcedureId, Procedure> = {
  "rebuild-web": { id: "rebuild-web", title: PROCEDURE_TITLE, steps: PROCEDURE_STEPS, warning: PROCEDURE_WARNING, finished: "You have done all 19 steps: the RD Licensing database is rebuilt." },
  "activate-web": ACTIVATE_WEB,
  "activate-telephone": ACTIVATE_TELEPHONE,
  "install-web": INSTALL_WEB,
  reactivate: REACTIVATE,
  deactivate: DEACTIVATE,
  "migrate-web": MIGRATE_WEB,
  "rebuild-telephone": REBUILD_TELEPHONE,
  "install-telephone": INSTALL_TELEPHONE,
  revoke: REVOKE,
  convert: CONVERT,
};

const GROUP_TITLES: Record<ProcedureSite, { first: string; again: string }> = {
  console: { first: "On the license server", again: "Back on the license server" },
  licensing: { first: "On a computer with Internet connectivity", again: "Again on the computer with Internet connectivity" },
};

/** The procedure's steps in runs on one computer, titled as the panel shows them. */
export function stepGroups(procedure: Procedure): StepGroup[] {
  const groups: (StepGroup & { site: ProcedureSite })[] = [];
  for (const step of procedure.steps) {
    const last = groups.at(-1);
    if (last && last.site === step.site) last.to = step.number;
    else {
      const seen = groups.some((g) => g.site === step.site);
      groups.push({ site: step.site, title: GROUP_TITLES[step.site][seen ? "again" : "first"], from: step.number, to: step.number });
    }
  }
  return groups.map(({ title, from, to }) => ({ title, from, to }));
}
