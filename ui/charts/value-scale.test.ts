import { describe, expect, it } from 'vitest';
import { tallestBar, valueScale } from './value-scale.js';

describe('the value axis', () => {
  it('counts in whole numbers with room above the tallest bar, never a tiny axis for one loan', () => {
    expect(valueScale(1, 'count')).toEqual({ suggestedMax: 5, precision: 0 });
    expect(valueScale(37, 'count').suggestedMax).toBe(50);
    expect(valueScale(180, 'count').suggestedMax).toBe(200);
  });

  it('fits a share to the data, up to 100 per cent', () => {
    expect(valueScale(12.5, 'percent')).toEqual({ suggestedMax: 20, precision: 0 });
    expect(valueScale(8.2, 'percent').suggestedMax).toBe(10);
    expect(valueScale(96, 'percent').suggestedMax).toBe(100);
    expect(valueScale(0, 'percent').suggestedMax).toBe(2);
  });

  it('measures the tallest bar as the highest column, summed when stacked', () => {
    const series = [
      [1, 4],
      [3, 0],
    ];
    expect(tallestBar(series, false)).toBe(4);
    expect(tallestBar(series, true)).toBe(4);
    expect(
      tallestBar(
        [
          [1, 4],
          [3, 2],
        ],
        true,
      ),
    ).toBe(6);
    expect(tallestBar([], true)).toBe(0);
  });
});
