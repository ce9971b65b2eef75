import { describe, expect, it } from 'vitest';
import { isBlockedShortcut } from './blocked-shortcuts.js';

const none = { control: false, meta: false, shift: false, alt: false };

describe('isBlockedShortcut', () => {
  it.each([
    ['F12', {}],
    ['F5', {}],
    ['F5', { control: true }],
    ['r', { control: true }],
    ['R', { control: true, shift: true }],
    ['r', { meta: true }],
    ['I', { control: true, shift: true }],
    ['J', { control: true, shift: true }],
    ['C', { control: true, shift: true }],
    ['i', { meta: true, alt: true }],
  ])('blocks %s %o', (key, modifiers) => {
    expect(isBlockedShortcut({ ...none, ...modifiers, key })).toBe(true);
  });

  it.each([
    ['r', {}],
    ['R', { shift: true }],
    ['i', { control: true }],
    ['c', { control: true }],
    ['Enter', {}],
    ['0', {}],
    ['F11', {}],
    ['Escape', {}],
  ])('lets %s %o through (typing, copying, scanners)', (key, modifiers) => {
    expect(isBlockedShortcut({ ...none, ...modifiers, key })).toBe(false);
  });
});
