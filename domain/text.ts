/**
 * Free text as every schema of ours takes it in. Control characters have no place in a name or a note:
 * they are invisible on a screen or a receipt, break CSV exports, and PostgreSQL refuses a NUL byte
 * outright. So they are refused at the edge with a sentence, never left to fail in the database.
 */
import { z } from 'zod';

/** A C0 control character (U+0000 to U+001F) or DEL, by its UTF-16 code unit. */
const isControl = (unit: number) => unit < 0x20 || unit === 0x7f;
/** Tab, line feed and carriage return (a pasted Windows line break is `\r\n`). */
const isLineBreakOrTab = (unit: number) => unit === 0x09 || unit === 0x0a || unit === 0x0d;

const holdingNone =
  (refused: (unit: number) => boolean) =>
  (value: string): boolean => {
    for (let i = 0; i < value.length; i++) if (refused(value.charCodeAt(i))) return false;
    return true;
  };

/**
 * One line of text (a name, a code, a search): trimmed, then refused if it holds any control character,
 * a tab or line break inside it included. Chain the length and emptiness rules of the field after it.
 */
export const Text = z.string().trim().refine(holdingNone(isControl), {
  message: 'must not hold control characters such as a NUL byte, a tab or a line break',
});

/**
 * Several lines (a description, a note, a reason): line breaks and tabs are kept as typed, any other
 * control character is refused. Add `.trim()` where the field trims.
 */
export const MultilineText = z.string().refine(
  holdingNone((u) => isControl(u) && !isLineBreakOrTab(u)),
  {
    message: 'must not hold control characters such as a NUL byte (line breaks and tabs are fine)',
  },
);
