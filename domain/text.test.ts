import { describe, expect, it } from 'vitest';
import { MultilineText, Text } from './text.js';

describe('the shared text types', () => {
  it('take one line of ordinary text, trimmed, and refuse every control character in it', () => {
    expect(Text.parse('  Canon EOS 250D – “Studio” é  ')).toBe('Canon EOS 250D – “Studio” é');
    expect(Text.parse(' \tTripod\n')).toBe('Tripod');
    for (const bad of ['a\u0000b', 'a\u0001b', 'a\tb', 'a\nb', 'a\rb', 'a\u001fb', 'a\u007fb']) {
      const parsed = Text.safeParse(bad);
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/control characters/);
    }
  });

  it('keep line breaks and tabs in several lines of text and refuse the other control characters', () => {
    expect(MultilineText.parse('Lens cap missing.\r\n\tStrap frayed.\n')).toBe(
      'Lens cap missing.\r\n\tStrap frayed.\n',
    );
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u000bb', 'a\u000cb', 'a\u001bb', 'a\u007fb']) {
      expect(MultilineText.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('still take the length rules of the field chained after them', () => {
    expect(Text.min(1).max(3).safeParse('   ').success).toBe(false);
    expect(Text.min(1).max(3).safeParse('abcd').success).toBe(false);
    expect(MultilineText.trim().min(3).safeParse(' ok \n').success).toBe(false);
  });
});
