import { useQueryClient } from '@tanstack/react-query';
import type { Asset } from '../../../../domain/model/asset.js';
import {
  assetErrorsFromServer,
  assetToDraft,
  draftToAssetPatch,
  type HighValueChoice,
} from '../../../forms/asset-form.js';
import { homeLocationChoices } from '../../../forms/location-choices.js';
import { kioskKey } from '../../../queries/kiosk-queries.js';
import { useKioskMutation, useKioskQuery } from '../../../queries/use-kiosk-query.js';
import { SelectField } from '../../../../ui/components/Field.js';
import { CheckField, TextField } from './FormField.js';
import { SaveBar } from './SaveBar.js';
import { useDraft } from './useDraft.js';

const highValueChoices: [HighValueChoice, string][] = [
  ['from-value', 'From its value (over £1,000)'],
  ['yes', 'Always high value'],
  ['no', 'Never high value'],
];

export function AssetForm({ asset }: { asset: Asset }) {
  // Afresh for each asset opened: a location added at another desk a minute ago is offered too.
  const places = useKioskQuery('staff.locations', {});
  const cache = useQueryClient();
  const save = useKioskMutation('staff.updateAsset', (saved) =>
    cache.setQueryData(kioskKey('staff.asset', { id: saved.id }), saved),
  );
  const { draft, errors, change, submit, hasProblems } = useDraft(
    assetToDraft(asset),
    draftToAssetPatch,
    { run: (patch) => save.run({ id: asset.id, patch }), reset: save.reset },
    assetErrorsFromServer,
  );
  const text = (
    field: 'name' | 'barcode' | 'rfid' | 'qrCode' | 'serialNumber' | 'manufacturer' | 'colour',
    label: string,
  ) => (
    <TextField label={label} value={draft[field]} error={errors[field]} onChange={(v) => change(field, v)} />
  );
  return (
    <form
      className="edit-form"
      aria-label={`Edit ${asset.name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="edit-form__grid">
        {text('name', 'Name')}
        {text('barcode', 'Barcode')}
        {text('rfid', 'RFID tag')}
        {text('qrCode', 'QR code')}
        {text('serialNumber', 'Serial number')}
        {text('manufacturer', 'Manufacturer')}
        {text('colour', 'Colour')}
        <TextField
          label="Estimated value"
          prefix="£"
          inputMode="decimal"
          hint="In pounds, like 650 or 650.50."
          value={draft.estimatedValuePounds}
          error={errors.estimatedValuePounds}
          onChange={(v) => change('estimatedValuePounds', v)}
        />
      </div>
      <SelectField
        label="Home location"
        hint="Where it lives when nobody has it out."
        value={draft.homeLocationId}
        choices={homeLocationChoices(places.data ?? null, draft.homeLocationId)}
        disabled={places.data === undefined}
        error={
          errors.homeLocationId ??
          (places.error ? `The locations could not be fetched: ${places.error.message}` : undefined)
        }
        onChange={(v) => change('homeLocationId', v)}
      />
      <TextField
        label="Description"
        type="textarea"
        value={draft.description}
        error={errors.description}
        onChange={(v) => change('description', v)}
      />
      <fieldset className="field edit-form__choices">
        <legend>High value</legend>
        {highValueChoices.map(([choice, label]) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={`high-value-${asset.id}`}
              checked={draft.highValue === choice}
              onChange={() => change('highValue', choice)}
            />
            <span>{label}</span>
          </label>
        ))}
        {errors.highValue && <span className="field__error">{errors.highValue}</span>}
      </fieldset>
      <CheckField
        label="Not for loan"
        hint="Tick to stop every kiosk lending it, for example while it is being repaired."
        checked={draft.cannotLend}
        error={errors.cannotLend}
        onChange={(v) => change('cannotLend', v)}
      />
      <SaveBar label="Save equipment" hasProblems={hasProblems} save={save} />
    </form>
  );
}
