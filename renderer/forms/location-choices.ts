import type { Location } from '../../domain/model/reference.js';

export type Choice = { value: string; label: string };

/** The select's value for an asset with no home location. */
export const NO_HOME = '';

/**
 * The home-location choices of the asset form: none, then every location by name. Until the list has come,
 * the asset's present home stays chosen, so the form never shows a home it does not have.
 */
export function homeLocationChoices(locations: readonly Location[] | null, current: string): Choice[] {
  const none = { value: NO_HOME, label: 'No home location' };
  if (locations === null) {
    return current === NO_HOME ? [none] : [none, { value: current, label: 'Its home location now' }];
  }
  return [none, ...locations.map((l) => ({ value: l.id, label: l.area ? `${l.name} (${l.area})` : l.name }))];
}
