import { describe, expect, it } from 'vitest';
import { DISTINCT_SERIES, OKABE_ITO, seriesStyle } from './series-palette.js';

const key = (i: number) => JSON.stringify(seriesStyle(i));

describe('the chart palette', () => {
  it('gives each of the first eight series its own plain colour', () => {
    const first = Array.from({ length: 8 }, (_, i) => seriesStyle(i));
    expect(new Set(first.map((s) => s.colour)).size).toBe(8);
    expect(first.every((s) => s.pattern === null)).toBe(true);
  });

  it('tells every series apart past eight, with a pattern over a colour', () => {
    const many = Array.from({ length: DISTINCT_SERIES }, (_, i) => key(i));
    expect(new Set(many).size).toBe(DISTINCT_SERIES);
    expect(seriesStyle(8)).toEqual({ colour: OKABE_ITO[0], pattern: 'diagonal' });
  });
});
