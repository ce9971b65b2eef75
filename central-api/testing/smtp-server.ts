/** A real SMTP server (smtp-server) on 127.0.0.1 and a free port that keeps every message it accepts. */
import { SMTPServer } from 'smtp-server';
import { smtpMailer, type Mailer } from '../reminders/mailer.js';

export type CapturedEmail = { from: string; to: string[]; raw: string; subject: string; text: string };

export type TestSmtp = {
  url: string;
  messages: CapturedEmail[];
  mailer(): Mailer;
  close(): Promise<void>;
};

/** The subject header and the plain body of a simple (single-part, quoted-printable) message. */
function readMessage(raw: string): { subject: string; text: string } {
  const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
  const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1]?.replace(/\r?\n[ \t]/g, ' ') ?? '';
  const text = body
    .join('\n\n')
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replaceAll('=', ''), 'hex').toString('utf8'));
  return { subject, text };
}

/** `refuse` lists recipients the server turns away, as a mailbox that does not exist would be. */
export async function startSmtpServer(refuse: readonly string[] = []): Promise<TestSmtp> {
  const messages: CapturedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address)) return callback(new Error('550 No such mailbox'));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...readMessage(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('The SMTP server is not on TCP.');
  const url = `smtp://127.0.0.1:${address.port}`;
  const mailers: Mailer[] = [];
  return {
    url,
    messages,
    mailer() {
      const m = smtpMailer({ url, from: 'Kitdesk <kitdesk@school.test>' });
      mailers.push(m);
      return m;
    },
    async close() {
      for (const m of mailers) m.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
