/** An enrolled kiosk, made as an admin would make one, and helpers to speak the sync protocol as it does. */
import type { FastifyInstance } from 'fastify';
import { KioskEnrolmentCode } from '../../domain/api/kiosks.js';
import { newId } from '../../domain/ids.js';
import { ChangeNudge } from '../../domain/sync/changes.js';
import { EnrolResponse } from '../../domain/sync/enrolment.js';
import type { KioskEvent, KioskEventPayload } from '../../domain/sync/events.js';

export type TestKiosk = EnrolResponse & { auth: { authorization: string } };

export async function enrolKiosk(
  app: FastifyInstance,
  adminAuth: Record<string, string>,
  name: string,
  locationId: string | null = null,
): Promise<TestKiosk> {
  const created = await app.inject({
    method: 'POST',
    url: '/kiosks',
    headers: adminAuth,
    payload: { name, locationId },
  });
  const { enrolmentCode } = KioskEnrolmentCode.parse(created.json());
  const enrolled = EnrolResponse.parse(
    (await app.inject({ method: 'POST', url: '/kiosks/enrol', payload: { code: enrolmentCode } })).json(),
  );
  return { ...enrolled, auth: { authorization: `Bearer ${enrolled.token}` } };
}

/** Events as a kiosk's outbox holds them: fresh ids, its own counter, the time it decided. */
export function outbox() {
  let seq = 0;
  return (payload: KioskEventPayload, at = new Date().toISOString()): KioskEvent => ({
    eventId: newId(),
    seq: ++seq,
    at,
    payload,
  });
}

/**
 * Read `change` messages from `GET /sync/stream` over a real socket. `next()` waits for the next nudge
 * whose number is at least `atLeast`.
 */
export async function openStream(url: string, auth: Record<string, string>) {
  const controller = new AbortController();
  const res = await fetch(`${url}/sync/stream`, { headers: auth, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream refused: ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const nudges: number[] = [];
  const readMore = async () => {
    const { value, done } = await reader.read();
    if (done) throw new Error('the stream ended');
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^event: change\ndata: (.*)$/m.exec(frame);
      if (data) nudges.push(ChangeNudge.parse(JSON.parse(data[1]!)).latest);
    }
  };
  return {
    contentType: res.headers.get('content-type'),
    async next(atLeast = 0): Promise<number> {
      for (;;) {
        const found = nudges.find((n) => n >= atLeast);
        if (found !== undefined) {
          nudges.splice(0, nudges.indexOf(found) + 1);
          return found;
        }
        await readMore();
      }
    },
    close: () => controller.abort(),
  };
}
