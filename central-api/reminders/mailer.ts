import nodemailer from 'nodemailer';
import { KitdeskError } from '../../domain/errors.js';

export type OutgoingEmail = { to: string; subject: string; text: string };

/**
 * Sends email; the reminder job takes one so tests and the server can point it at any SMTP server. A send
 * that fails throws MailFailure.
 */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
}

/**
 * Why an email did not go: the server turned the address away for good (sending it again gets the same
 * answer), or the server could not be reached or used (it may work in a minute).
 */
export class MailFailure extends Error {
  constructor(
    readonly kind: 'address_refused' | 'server_unavailable',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MailFailure';
  }
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

type SmtpError = { code?: string; command?: string; responseCode?: number };

function mailFailureOf(err: unknown): MailFailure {
  const { code, command, responseCode } = (err ?? {}) as SmtpError;
  const why = err instanceof Error ? err.message : String(err);
  const refused = code === 'EENVELOPE' && command === 'RCPT TO' && (responseCode ?? 0) >= 500;
  return new MailFailure(refused ? 'address_refused' : 'server_unavailable', why, { cause: err });
}

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
      try {
        const info = await transport.sendMail({ from: settings.from, ...email });
        return { messageId: info.messageId };
      } catch (err) {
        throw mailFailureOf(err);
      }
    },
    close: () => transport.close(),
  };
}

/** The mailer, or a refusal that says how to set one up. */
export function requireMailer(mailer: Mailer | null): Mailer {
  if (mailer) return mailer;
  throw new KitdeskError(
    'unavailable',
    'Email is not set up: set SMTP_URL (or SMTP_HOST) and MAIL_FROM, then restart the API.',
    { reason: 'mail_not_configured' },
  );
}
