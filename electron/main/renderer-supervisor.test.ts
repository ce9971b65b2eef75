import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { superviseRenderer } from './renderer-supervisor.js';

const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function setUp() {
  let clock = 0;
  const contents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(),
    isDestroyed: vi.fn(() => false),
  });
  const onGiveUp = vi.fn();
  superviseRenderer(contents as never, {
    maxReloads: 3,
    windowMs: 60_000,
    hangGraceMs: 10_000,
    onGiveUp,
    log,
    now: () => clock,
  });
  const gone = (reason = 'crashed', exitCode = 139) =>
    contents.emit('render-process-gone', {}, { reason, exitCode });
  const advance = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };
  return { contents, onGiveUp, gone, advance };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('superviseRenderer', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed'])(
    'reloads the page after %s',
    (reason) => {
      const { contents, gone, onGiveUp } = setUp();
      gone(reason);
      expect(contents.reload).toHaveBeenCalledOnce();
      expect(onGiveUp).not.toHaveBeenCalled();
    },
  );

  it('does nothing after a clean exit or once the window is destroyed', () => {
    const { contents, gone } = setUp();
    gone('clean-exit', 0);
    contents.isDestroyed.mockReturnValue(true);
    gone('crashed');
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('gives up once the crash-loop limit is reached within the window, and stays given up', () => {
    const { contents, gone, onGiveUp, advance } = setUp();
    for (let i = 0; i < 3; i += 1) {
      gone();
      advance(5_000);
    }
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(onGiveUp).not.toHaveBeenCalled();

    gone('oom');
    expect(contents.reload).toHaveBeenCalledTimes(3);
    expect(onGiveUp).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('oom'));

    gone();
    expect(onGiveUp).toHaveBeenCalledOnce();
    expect(contents.reload).toHaveBeenCalledTimes(3);
  });

  it('keeps reloading crashes that are spread out beyond the window', () => {
    const { contents, gone, onGiveUp, advance } = setUp();
    for (let i = 0; i < 10; i += 1) {
      gone();
      advance(30_000);
    }
    expect(contents.reload).toHaveBeenCalledTimes(10);
    expect(onGiveUp).not.toHaveBeenCalled();
  });

  it('kills a renderer that stays unresponsive past the grace period, so it is reloaded', () => {
    const { contents, advance } = setUp();
    contents.emit('unresponsive');
    advance(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    contents.emit('unresponsive');
    advance(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });

  it('leaves a renderer alone that recovers within the grace period', () => {
    const { contents, advance } = setUp();
    contents.emit('unresponsive');
    advance(5_000);
    contents.emit('responsive');
    advance(60_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
