const windows1252 = new TextDecoder('windows-1252');

/**
 * The character of an Alt+keypad sequence, as Windows types it. With a leading 0 the code is Windows-1252
 * (Alt+0029 is GS, how scanners send FNC1 in keyboard mode); without, only printable ASCII is the same in
 * the OEM code page 437, so anything else is refused rather than guessed.
 */
export function altCodeChar(digits: string): string | null {
  const code = Number.parseInt(digits, 10);
  if (!Number.isFinite(code) || code > 255) return null;
  if (digits.startsWith('0')) return windows1252.decode(Uint8Array.of(code));
  return code >= 0x20 && code <= 0x7e ? String.fromCharCode(code) : null;
}
