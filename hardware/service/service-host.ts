import { ServiceMessage, ServiceRequest, type ServiceReply } from '../../domain/devices/service-messages.js';
import { KitdeskError, type ErrorCode } from '../../domain/errors.js';
import type { DeviceManager } from '../manager/device-manager.js';

type Failure = { code: ErrorCode; message: string };

function failureOf(e: unknown): Failure {
  if (e instanceof KitdeskError) return { code: e.code, message: e.message };
  return { code: 'internal', message: `The hardware service failed: ${(e as Error)?.message ?? String(e)}.` };
}

/**
 * The service side of the protocol: validates each request, runs it on the device manager and answers,
 * echoing the request id. A bad request is answered with an error and changes nothing. Requests run one
 * at a time, in order, so two configurations sent back to back cannot interleave their devices.
 */
export class ServiceHost {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (message: ServiceMessage) => void,
    private readonly manager: DeviceManager,
    private readonly exit: () => void,
  ) {}

  /**
   * Sends a message after checking it against the contract, so the core never receives a malformed one.
   * A message that fails is a bug here: it is logged and dropped rather than crashing a reader's data path.
   */
  reply(message: ServiceMessage): void {
    const checked = ServiceMessage.safeParse(message);
    if (checked.success) this.send(checked.data);
    else
      process.stderr.write(`hardware service: dropped a ${message.type} message that breaks the contract\n`);
  }

  handle(raw: unknown): Promise<void> {
    const next = this.queue.then(() => this.process(raw));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async process(raw: unknown): Promise<void> {
    const parsed = ServiceRequest.safeParse(raw);
    if (!parsed.success) {
      const requestId = (raw as { requestId?: unknown } | null)?.requestId;
      this.reply({
        type: 'failed',
        requestId: typeof requestId === 'string' ? requestId : null,
        request: null,
        error: {
          code: 'validation_failed',
          message: `The hardware service ignored a message it does not understand: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
        },
      });
      return;
    }
    const request = parsed.data;
    const requestId = request.requestId ?? null;
    try {
      const answer = await this.run(request);
      this.reply(answer ?? { type: 'done', requestId, request: request.type });
    } catch (e) {
      this.reply({ type: 'failed', requestId, request: request.type, error: failureOf(e) });
    }
    if (request.type === 'shutdown') this.exit();
  }

  private async run(request: ServiceRequest): Promise<ServiceReply | null> {
    switch (request.type) {
      case 'configure':
        await this.manager.configure(request.config);
        return null;
      case 'list':
        return {
          type: 'list-result',
          requestId: request.requestId ?? null,
          devices: await this.manager.list(),
        };
      case 'simulate':
        this.manager.simulate(request.deviceId, request.action);
        return null;
      case 'shutdown':
        await this.manager.stop();
        return null;
      default: {
        const unreachable: never = request;
        throw new Error(`unknown request ${JSON.stringify(unreachable)}`);
      }
    }
  }
}
