import { describe, expect, it } from 'vitest';
import type { FocusedElement } from './text-entry-focus.js';
import { listenForWedgeScans } from './wedge-listener.js';

type Sent = { defaultPrevented: boolean };

/** A keydown as the browser dispatches it, with the time it happened. */
function keydown(target: EventTarget, key: string, at: number, mods: { ctrlKey?: boolean } = {}): Sent {
  const e = new Event('keydown', { cancelable: true });
  Object.assign(e, {
    key,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    isComposing: false,
    ...mods,
  });
  Object.defineProperty(e, 'timeStamp', { value: at });
  target.dispatchEvent(e);
  return e;
}

function scanner(target: EventTarget, text: string, start = 100): Sent[] {
  return [...text, 'Enter'].map((k, i) => keydown(target, k, start + i * 6));
}

function setUp(focused: FocusedElement | null) {
  const target = new EventTarget();
  const scans: string[] = [];
  const state = { focused };
  const stop = listenForWedgeScans(target, { focused: () => state.focused, onScan: (d) => scans.push(d) });
  return { target, scans, state, stop };
}

describe('listening for a keyboard-wedge scanner', () => {
  it('reports a scan when nothing takes typing, and keeps its Enter from the focused button', () => {
    const { target, scans } = setUp({ tagName: 'BUTTON' });
    const sent = scanner(target, 'KD-00001');
    expect(scans).toEqual(['KD-00001']);
    expect(sent.at(-1)!.defaultPrevented).toBe(true);
    expect(sent[0]!.defaultPrevented).toBe(false);
  });

  it('never takes keys from a text field that has focus', () => {
    const { target, scans } = setUp({ tagName: 'INPUT', type: 'search' });
    const sent = scanner(target, 'KD-00001');
    expect(scans).toEqual([]);
    expect(sent.some((e) => e.defaultPrevented)).toBe(false);
  });

  it('drops a burst that began in a text field when focus leaves it mid-way', () => {
    const { target, scans, state } = setUp({ tagName: 'INPUT', type: 'text' });
    keydown(target, 'K', 100);
    keydown(target, 'D', 106);
    state.focused = null;
    ['0', '1', 'Enter'].forEach((k, i) => keydown(target, k, 112 + i * 6));
    expect(scans).toEqual([]);
  });

  it('ignores shortcuts and stops listening when asked', () => {
    const { target, scans, stop } = setUp(null);
    ['K', 'D', '0', '1'].forEach((k, i) => keydown(target, k, 100 + i * 6));
    keydown(target, 'Enter', 124, { ctrlKey: true });
    stop();
    scanner(target, 'KD-00002', 500);
    expect(scans).toEqual([]);
  });
});
