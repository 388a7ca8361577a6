// What Obtain Client License Key Pack says about a license key pack ID the typing check passed (both
// wizards, lib/console/install-key-pack.ts). Apart, so the tests read them without the server modules.
export const KEY_PACK_MESSAGES = {
  otherServer:
    "This license key pack ID was issued for a different license server. On the Remote Desktop Services Licensing Web site, check that the Target License Server ID is this server's License Server ID.",
  earlierGeneration:
    "This license key pack ID was replaced: a later license key pack ID for the same purchase was already installed on this license server, so this one no longer counts. Enter the license key pack ID the Web site issued last for this purchase.",
  allConverted:
    "Every RDS CAL of this license key pack ID was converted to the other type (Convert RDS CALs): install the license key pack ID of the converted key pack instead.",
  alreadyInstalled: (keypackId?: number) =>
    `This license key pack ID is already installed on this license server${keypackId ? ` (Keypack ID ${keypackId})` : ""}. Enter the license key pack ID of another set of RDS CALs.`,
};
