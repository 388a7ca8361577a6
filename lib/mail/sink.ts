// The local mailbox for when no SMTP_URL is set: an SMTP server on 127.0.0.1 (smtp-server, from the
// nodemailer project) started with the app. Mail really goes over SMTP, as in production; what arrives is
// parsed (mailparser) and kept in ReceivedMail, which supervisors read at Helpdesk → Mailbox. Loopback only,
// no authentication, 1 MB a message: it accepts what this app sends, nothing from elsewhere.
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Database } from "@/lib/prisma-client";

export interface MailSink {
  /** smtp://127.0.0.1:<port>, for nodemailer. */
  url: string;
  close(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean).join(", ");
}

export function startMailSink(db: Database, port = 0): Promise<MailSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) =>
          db.receivedMail.create({
            data: {
              messageId: mail.messageId ?? null,
              fromAddress: addresses(mail.from) || (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
              toAddress: addresses(mail.to) || session.envelope.rcptTo.map((r) => r.address).join(", "),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
            },
          }),
        )
        .then(() => callback(), (error: Error) => callback(error));
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    const listening = server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      // smtp-server re-emits a connection's error inside a message (a client that resets its socket mid-message,
      // as a mail job stopped without waiting does) on the server; with no listener that ends the process.
      server.on("error", (error: Error) => console.error(`mail sink: ${error.message}`));
      const { port: bound } = listening.address() as AddressInfo;
      resolve({ url: `smtp://127.0.0.1:${bound}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
