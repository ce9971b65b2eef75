import { describe, expect, it } from 'vitest';
import { formatPence } from './money.js';

describe('money', () => {
  it('shows whole pence as pounds with a thousands separator', () => {
    expect(formatPence(150_000)).toBe('£1,500.00');
    expect(formatPence(65_050)).toBe('£650.50');
    expect(formatPence(0)).toBe('£0.00');
  });
});
