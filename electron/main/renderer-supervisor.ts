import type { RenderProcessGoneDetails, WebContents } from 'electron';
import type { ShellLog } from './shell-log.js';

export type RendererSupervisorOptions = {
  /** More reloads than this within `windowMs` is a crash loop: reloading again would not help. */
  maxReloads: number;
  windowMs: number;
  /** How long a hung page may stay unresponsive before its renderer is killed and the page reloaded. */
  hangGraceMs: number;
  /** Called once when the crash-loop limit is reached; the app exits so the OS supervisor takes over. */
  onGiveUp: (reason: string) => void;
  log: ShellLog;
  now?: () => number;
};

type SupervisedContents = Pick<WebContents, 'on' | 'reload' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

/**
 * Brings the kiosk screen back after its renderer crashes or hangs. A hang is turned into a crash (the
 * renderer is killed), so both recover along one path: reload, unless the page has already been reloaded
 * too often lately.
 */
export function superviseRenderer(contents: SupervisedContents, options: RendererSupervisorOptions): void {
  const now = options.now ?? Date.now;
  let reloads: number[] = [];
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;

  const clearHang = (): void => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
  };

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    clearHang();
    // A clean exit is the window closing on purpose; there is nothing to bring back.
    if (details.reason === 'clean-exit' || gaveUp || contents.isDestroyed()) return;
    const at = now();
    reloads = reloads.filter((t) => at - t < options.windowMs);
    if (reloads.length >= options.maxReloads) {
      gaveUp = true;
      const reason = `the kiosk screen stopped ${reloads.length + 1} times within ${Math.round(options.windowMs / 1000)} s (last: ${details.reason}, exit code ${details.exitCode})`;
      options.log.error(`Giving up on reloading: ${reason}.`);
      options.onGiveUp(reason);
      return;
    }
    reloads.push(at);
    options.log.warn(
      `The kiosk screen stopped (${details.reason}, exit code ${details.exitCode}); reloading it.`,
    );
    contents.reload();
  });

  contents.on('unresponsive', () => {
    if (hangTimer !== undefined) return;
    options.log.warn(
      `The kiosk screen is not responding; it is reloaded in ${options.hangGraceMs} ms unless it recovers.`,
    );
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, options.hangGraceMs);
  });

  contents.on('responsive', clearHang);
}
