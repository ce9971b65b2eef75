import type { Input } from 'electron';

type Key = Pick<Input, 'key' | 'control' | 'meta' | 'shift' | 'alt'>;

/** Dev tools: Ctrl+Shift+I/J/C on Windows and Linux, Cmd+Option+I/J/C on macOS. */
const devToolsLetters = new Set(['i', 'j', 'c']);

/**
 * The keys that would open dev tools or reload the page. A kiosk has no menu, so Electron binds none of them,
 * but a keyboard left at the desk should not be able to reach either even if that changes.
 */
export function isBlockedShortcut(input: Key): boolean {
  const key = input.key.toLowerCase();
  if (key === 'f12' || key === 'f5') return true;
  const command = input.control || input.meta;
  if (command && key === 'r') return true;
  if (!devToolsLetters.has(key)) return false;
  return (input.control && input.shift) || (input.meta && input.alt);
}
