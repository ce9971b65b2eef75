import { draw } from 'patternomaly';
import { patternInk, type SeriesStyle } from './series-palette.js';

/** What Chart.js fills a series' bars and legend box with: its colour, or a pattern drawn over it. */
export function seriesFill(style: SeriesStyle): string | CanvasPattern {
  return style.pattern === null
    ? style.colour
    : draw(style.pattern, style.colour, patternInk(style.colour), 16);
}
