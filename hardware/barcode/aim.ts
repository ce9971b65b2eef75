/** An AIM symbology identifier `]cm` (ISO/IEC 15424): `]`, a code character and a modifier. */
export type AimId = { id: string; code: string; modifier: string };

const AIM_PREFIX = /^\](?<code>[A-Za-z])(?<modifier>[0-9A-Za-z])/;

/** Splits a leading AIM id off scanner data (hardware.md §5: enable "transmit AIM ID" on every scanner). */
export function splitAimPrefix(text: string): { aim: AimId | null; data: string } {
  const m = AIM_PREFIX.exec(text);
  if (!m?.groups) return { aim: null, data: text };
  return { aim: parseAim(m[0])!, data: text.slice(3) };
}

export function parseAim(id: string | null): AimId | null {
  if (id === null) return null;
  const m = AIM_PREFIX.exec(id);
  if (!m?.groups || id.length !== 3) return null;
  return { id, code: m.groups.code!, modifier: m.groups.modifier! };
}

/**
 * Symbologies whose data is a GS1 element string: leading FNC1 is signalled by the modifier, not a
 * character (hardware.md §5, the biip GS1 set).
 */
export function carriesGs1(aim: AimId | null): boolean {
  if (!aim) return false;
  switch (aim.code) {
    case 'C':
      return aim.modifier === '1';
    case 'e':
      return aim.modifier === '0';
    case 'd':
      return aim.modifier === '2';
    case 'Q':
      return aim.modifier === '3';
    case 'J':
      return aim.modifier === '1';
    default:
      return false;
  }
}
