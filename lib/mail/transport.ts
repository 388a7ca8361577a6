// The SMTP transport: nodemailer on SMTP_URL, or on the local sink's URL when SMTP_URL is unset (lib/mail/sink.ts).
import nodemailer from "nodemailer";
import type { MailTransport } from "./send";

export function smtpTransport(url: string, options: { local?: boolean } = {}): MailTransport & { close(): void } {
  return nodemailer.createTransport({
    url,
    // The sink on 127.0.0.1 offers no TLS; a real server is asked for STARTTLS as nodemailer does by default.
    ignoreTLS: options.local ?? false,
    // Short enough that a send ends well inside its lease (SEND_LEASE_MS in lib/mail/send.ts).
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
}
