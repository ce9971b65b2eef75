/**
 * The one palette of every Kitdesk chart, kiosk and admin console alike. Its colours are Okabe and Ito's
 * eight, chosen to stay apart under the common colour-vision deficiencies; each bar gets a dark outline, so
 * the light ones (yellow, sky blue) still stand out from a white page. Past eight series a colour comes back
 * with a pattern over it, so no two series ever look the same.
 */
export const OKABE_ITO = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** Patterns (patternomaly's shapes) for the ninth series on, one per round of the colours. */
export const SERIES_PATTERNS = [
  'diagonal',
  'dot',
  'cross',
  'zigzag',
  'diagonal-right-left',
  'square',
  'triangle',
  'line-vertical',
] as const;
export type SeriesPattern = (typeof SERIES_PATTERNS)[number];

export type SeriesStyle = { colour: string; pattern: SeriesPattern | null };

/** How many series the palette tells apart before a colour and pattern would repeat. */
export const DISTINCT_SERIES = OKABE_ITO.length * (SERIES_PATTERNS.length + 1);

/** The look of the series at `index`: plain colours first, then each colour again under a pattern. */
export function seriesStyle(index: number): SeriesStyle {
  const slot = index % DISTINCT_SERIES;
  const round = Math.floor(slot / OKABE_ITO.length);
  return {
    colour: OKABE_ITO[slot % OKABE_ITO.length]!,
    pattern: round === 0 ? null : SERIES_PATTERNS[round - 1]!,
  };
}

/** Text, outlines and grid lines, in the kiosk's own ink (ui/styles/tokens.css). */
export const INK = '#0b1622';
export const GRID = '#c3cad2';
/** The pattern's strokes: white reads over every colour of the palette but yellow, which takes ink. */
export const patternInk = (colour: string): string => (colour === '#F0E442' ? INK : '#ffffff');
