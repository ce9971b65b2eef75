import { describe, expect, it } from 'vitest';
import { gs1HumanReadable, parseGs1ElementString } from './gs1-element-string.js';

const elements = (data: string, separator?: string) => {
  const parsed = parseGs1ElementString(data, separator);
  return parsed.ok ? gs1HumanReadable(parsed.elements) : `!${parsed.problem}`;
};

describe('parseGs1ElementString', () => {
  it('splits predefined-length AIs without a separator and variable ones on GS', () => {
    // Source: GS1 General Specifications §5.10 (predefined lengths: 01 → 14 digits, 17 → 6) and the GS1
    // GTIN example 09501101530003.
    expect(elements('0109501101530003172512311012345A\x1d21XYZ-99')).toBe(
      '(01)09501101530003(17)251231(10)12345A(21)XYZ-99',
    );
  });

  it('reads the 4-digit AIs of the 31–36 and 7x/8x ranges and the 3-digit 24x/41x ones', () => {
    expect(elements('3103000189\x1d240PART7\x1d4109501101530003\x1d8004KIT-9')).toBe(
      '(3103)000189(240)PART7(410)9501101530003(8004)KIT-9',
    );
  });

  it('accepts a substitute separator for keyboard-wedge scanners (biip: "101313|15210526")', () => {
    // Source: biip documentation, custom separator_chars example quoted in hardware.md §5.
    expect(elements('101313|15210526', '|')).toBe('(10)1313(15)210526');
  });

  it('refuses data that is not an element string', () => {
    expect(elements('KD-00042')).toMatch(/^!no GS1 application identifier/);
    expect(elements('01095011015300')).toMatch(/needs 14 characters/);
    expect(elements('')).toMatch(/no GS1 element/);
    expect(elements('10\x1d21A')).toMatch(/has no value/);
  });
});
