import { describe, expect, it } from 'vitest';
import { kitName } from './kit-name.js';

describe('kitName', () => {
  it('adds the word kit to a name without it', () => {
    expect(kitName('Aperture LS 300D')).toBe('Aperture LS 300D kit');
  });

  it('leaves a name that already says kit alone, wherever the word is and however it is written', () => {
    expect(kitName('Interview sound kit A')).toBe('Interview sound kit A');
    expect(kitName('Kit 4: gimbal')).toBe('Kit 4: gimbal');
  });

  it('does not take a word that only contains kit for the word itself', () => {
    expect(kitName('Kitchen timer')).toBe('Kitchen timer kit');
  });
});
