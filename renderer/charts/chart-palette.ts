/**
 * Bar colours for the staff charts: dark enough for 4.5:1 against white and far enough apart in hue and
 * lightness to tell apart with the common colour-vision deficiencies (after Okabe and Ito, darkened).
 */
export const SERIES_COLOURS = [
  '#0a4a86',
  '#b34700',
  '#0b6130',
  '#7a2a8c',
  '#8a6d00',
  '#005f73',
  '#9c0f1a',
  '#3d4852',
] as const;

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

/** The text and grid colours of the kiosk's own styles. */
export const INK = '#0b1622';
export const GRID = '#c3cad2';
