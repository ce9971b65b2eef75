/** The part of a focused element that says whether it takes typing. */
export type FocusedElement = { tagName: string; type?: string; isContentEditable?: boolean };

/** Inputs that do not take text: a scan never belongs to them. */
const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/**
 * Whether keys belong to the focused element: text fields, text areas, editable regions, and drop-down
 * lists (which jump to options as you type). A scanner typing there is the person's choice, e.g. a staff
 * member scanning a label into the search box, so the wedge detector leaves it alone.
 */
export function takesTyping(el: FocusedElement | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT.has((el.type ?? 'text').toLowerCase());
}
