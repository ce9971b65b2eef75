import { describe, expect, it } from 'vitest';
import { takesTyping } from './text-entry-focus.js';

describe('whether the focused element takes typing', () => {
  it('is true for text fields, text areas, drop-downs and editable regions', () => {
    expect(takesTyping({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(takesTyping({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(takesTyping({ tagName: 'INPUT', type: 'url' })).toBe(true);
    expect(takesTyping({ tagName: 'TEXTAREA' })).toBe(true);
    expect(takesTyping({ tagName: 'SELECT' })).toBe(true);
    expect(takesTyping({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is false for nothing focused, buttons, checkboxes and the page itself', () => {
    expect(takesTyping(null)).toBe(false);
    expect(takesTyping({ tagName: 'BUTTON' })).toBe(false);
    expect(takesTyping({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(takesTyping({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(takesTyping({ tagName: 'BODY', isContentEditable: false })).toBe(false);
  });
});
