import { describe, expect, it } from 'vitest';
import { WedgeDetector, type WedgeVerdict } from './wedge-detector.js';

/** Types `keys` starting at `start`, one every `gapMs`, and returns every verdict. */
function type(d: WedgeDetector, keys: readonly string[], gapMs: number, start = 1000): WedgeVerdict[] {
  return keys.map((k, i) => d.key(k, start + i * gapMs));
}

const label = (text: string, suffix = 'Enter') => [...text, suffix];

describe('the keyboard-wedge detector', () => {
  it('recognises a label typed at scanner speed and ended by the suffix', () => {
    const verdicts = type(new WedgeDetector(), label('KD-00101'), 8);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', data: 'KD-00101' });
    expect(verdicts[0]).toEqual({ kind: 'pass' });
    expect(verdicts.slice(1, -1).every((v) => v.kind === 'swallow')).toBe(true);
  });

  it('accepts Tab as a suffix too, and ignores the Shift a scanner presses for capitals', () => {
    const d = new WedgeDetector();
    const keys = ['Shift', 'K', 'Shift', 'D', '0', '1', 'Tab'];
    expect(type(d, keys, 5).at(-1)).toEqual({ kind: 'scan', data: 'KD01' });
  });

  it('leaves a person typing at human speed alone', () => {
    expect(type(new WedgeDetector(), label('KD-00101'), 140).every((v) => v.kind === 'pass')).toBe(true);
  });

  it('needs the suffix to come as quickly as the label', () => {
    const d = new WedgeDetector();
    type(d, [...'KD-00101'], 8);
    expect(d.key('Enter', 1000 + 7 * 8 + 500)).toEqual({ kind: 'pass' });
  });

  it('starts over when a pause splits the keys, so only the quick run after it counts', () => {
    const d = new WedgeDetector();
    type(d, ['x', 'y'], 8, 0);
    expect(type(d, label('KD-00002'), 8, 5000).at(-1)).toEqual({ kind: 'scan', data: 'KD-00002' });
  });

  it('ignores a quick burst shorter than a label', () => {
    expect(type(new WedgeDetector(), label('ab'), 5).at(-1)).toEqual({ kind: 'pass' });
  });

  it('forgets the burst when a non-character key such as an arrow comes in between', () => {
    const d = new WedgeDetector();
    const verdicts = type(d, ['K', 'D', '0', 'ArrowDown', '1', '2', 'Enter'], 5);
    expect(verdicts.at(-1)).toEqual({ kind: 'pass' });
  });
});
