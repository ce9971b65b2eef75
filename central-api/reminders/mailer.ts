import nodemailer from 'nodemailer';

export type OutgoingEmail = { to: string; subject: string; text: string };

/** Sends email; the reminder job takes one so tests and the server can point it at any SMTP server. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

export type SmtpSettings = {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; or the parts below. */
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The sender, e.g. `Kitdesk <kitdesk@school.example>`. */
  from: string;
};

export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = settings.url
    ? nodemailer.createTransport(settings.url)
    : nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure ?? false,
        ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? '' } } : {}),
      });
  return {
    async send(email) {
      const info = await transport.sendMail({ from: settings.from, ...email });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
