import { SerialPort } from 'serialport';
import { LinkError, type Link } from '../link.js';

export type SerialLink = Link & {
  write(bytes: Uint8Array): Promise<void>;
  /** Ends the link from outside, e.g. when a watchdog finds the device gone without a close event. */
  drop(reason: string): void;
};

/** Turns serialport's open errors into sentences a technician can act on (hardware.md §7.2, §10). */
function explainOpenError(err: Error, path: string): LinkError {
  const m = err.message;
  if (/ENOENT|No such file|File not found|cannot find the file/i.test(m)) {
    return new LinkError('absent', `${path} does not exist: the reader is unplugged or the path is wrong.`);
  }
  if (/EACCES|Permission denied|Access denied/i.test(m)) {
    return new LinkError(
      'failed',
      `Permission denied on ${path}: add the kiosk user to the dialout group (uucp on Arch), or install hardware/udev rules.`,
    );
  }
  if (/lock|EBUSY|busy/i.test(m)) {
    return new LinkError(
      'failed',
      `${path} is in use by another program (ModemManager, brltty or a second Kitdesk); see hardware/README.md.`,
    );
  }
  return new LinkError('failed', `${path} could not be opened: ${m}.`);
}

/** Opens a serial port as bytes: no parser, no encoding (hardware.md §1.6: never utf8). */
export async function openSerialLink(
  path: string,
  baudRate: number,
  onData: (bytes: Uint8Array) => void,
): Promise<SerialLink> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) =>
    port.open((err) => (err ? reject(explainOpenError(err, path)) : resolve())),
  );
  let end!: (reason: string) => void;
  const lost = new Promise<string>((resolve) => (end = resolve));
  port.on('data', (chunk: Buffer) => onData(chunk));
  port.on('close', (err?: Error & { disconnected?: boolean }) =>
    end(err?.disconnected ? `${path} was unplugged.` : `${path} was closed.`),
  );
  port.on('error', (err: Error) => end(`${path} failed: ${err.message}.`));

  const close = () =>
    new Promise<void>((resolve) => {
      if (!port.isOpen) return resolve();
      port.close(() => resolve());
    });
  return {
    lost,
    close,
    drop(reason) {
      end(reason);
      void close();
    },
    write: (bytes) =>
      new Promise((resolve, reject) => {
        port.write(Buffer.from(bytes), (err) => {
          if (err) return reject(err);
          port.drain((drainErr) => (drainErr ? reject(drainErr) : resolve()));
        });
      }),
  };
}
