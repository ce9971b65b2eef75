/** One row of a hex dump: offset, byte pairs, and the printable characters beside them. */
export type HexRow = { offset: string; hex: string; text: string };

const PRINTABLE = /^[\x20-\x7e]$/;

/**
 * Splits hex as devices report it ("02 36 37", "023637") into rows of `width` bytes, with control bytes
 * shown as dots in the text column, the way technicians compare bytes with a datasheet.
 */
export function hexRows(hex: string, width = 16): HexRow[] {
  const digits = hex.replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  const bytes = digits.match(/.{2}/g) ?? [];
  const rows: HexRow[] = [];
  for (let i = 0; i < bytes.length; i += width) {
    const slice = bytes.slice(i, i + width);
    rows.push({
      offset: i.toString(16).toUpperCase().padStart(4, '0'),
      hex: slice.join(' '),
      text: slice
        .map((b) => {
          const ch = String.fromCharCode(Number.parseInt(b, 16));
          return PRINTABLE.test(ch) ? ch : '.';
        })
        .join(''),
    });
  }
  return rows;
}
