import { KitdeskError } from '../../domain/errors.js';

/** The site's item-label pattern from the device configuration; an empty pattern accepts any label. */
export function compileAssetTagPattern(pattern: string): RegExp | null {
  if (pattern.trim() === '') return null;
  try {
    return new RegExp(pattern);
  } catch (e) {
    throw new KitdeskError(
      'validation_failed',
      `The asset tag pattern "${pattern}" is not a valid regular expression (${(e as Error).message}); ` +
        'fix assetTagPattern in the device configuration, e.g. "^KD-\\\\d{5}$".',
    );
  }
}
