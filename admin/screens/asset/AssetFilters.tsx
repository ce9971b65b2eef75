import type { AssetStatusFilter } from '../../../domain/api/assets.js';
import { SelectField, type Choice } from '../../../ui/components/Field.js';
import { useAssetChoices, useAssetList } from '../../app/console-stores.js';
import { noFilters, type AssetFilters as Filters } from '../../stores/asset-list-store.js';

const statusChoices: { value: AssetStatusFilter | ''; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'available', label: 'Available' },
  { value: 'on_loan', label: 'On loan' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'cannot_lend', label: 'Cannot lend' },
  { value: 'disposed', label: 'Disposed' },
];

const highValueChoices: Choice[] = [
  { value: '', label: 'Any value' },
  { value: 'true', label: 'High value only' },
  { value: 'false', label: 'Not high value' },
];

/** Narrow the list by type, place, status and value; each change shows page 1 of the new list. */
export function AssetFilters() {
  const query = useAssetList((s) => s.query);
  const filter = useAssetList((s) => s.filter);
  const locations = useAssetChoices((s) => s.locations);
  const assetTypes = useAssetChoices((s) => s.assetTypes);
  const places = (any: string): Choice[] => [
    { value: '', label: any },
    ...locations.map((l) => ({ value: l.id, label: l.name })),
  ];
  const select = (field: keyof Filters, label: string, choices: readonly Choice[]) => (
    <SelectField
      label={label}
      value={query[field]}
      choices={choices}
      onChange={(value) => void filter({ [field]: value })}
    />
  );
  const active = (Object.keys(noFilters) as (keyof Filters)[]).some((f) => query[f] !== '');
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Filters</legend>
      {select('assetTypeId', 'Type', [
        { value: '', label: 'Any type' },
        ...assetTypes.map((t) => ({ value: t.id, label: t.name })),
      ])}
      {select('locationId', 'Where it is now', places('Anywhere'))}
      {select('homeLocationId', 'Home', places('Any home'))}
      {select('status', 'Status', statusChoices)}
      {select('highValue', 'High value', highValueChoices)}
      {active && (
        <button
          type="button"
          className="btn btn--secondary filters__clear"
          onClick={() => void filter(noFilters)}
        >
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
