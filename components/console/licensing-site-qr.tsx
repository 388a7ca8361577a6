// The web site's address as a QR code for a phone, as the console's pages that send a person to the Remote
// Desktop Services Licensing Web site show it (Obtain Client License Key Pack, License Server Activation and
// Deactivation): this computer has no Internet connection in the story.
import QRCode from "qrcode";

export async function LicensingSiteQr({ url }: { url: string }) {
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <figure className="shrink-0 text-center">
      <div role="img" aria-label="QR code of the Remote Desktop Services Licensing Web site address" className="mx-auto h-40 w-40" dangerouslySetInnerHTML={{ __html: qr }} />
      <figcaption className="mt-1 text-sm text-muted">Scan to open the Web site on a phone</figcaption>
    </figure>
  );
}
