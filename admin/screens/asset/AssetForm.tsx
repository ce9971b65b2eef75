import type { Choice } from '../../../ui/components/Field.js';
import { CheckboxField } from '../../../ui/components/CheckboxField.js';
import { SelectField, TextAreaField } from '../../../ui/components/Field.js';
import { SearchPicker } from '../../../ui/components/SearchPicker.js';
import { TextField } from '../../../ui/components/TextField.js';
import { useAssetChoices, useAssetPage } from '../../app/console-stores.js';
import type { DraftField, HighValueChoice } from '../../stores/asset-draft.js';

const highValueChoices: { value: HighValueChoice; label: string }[] = [
  { value: 'auto', label: 'From its value (over £1,000)' },
  { value: 'yes', label: 'Always high value' },
  { value: 'no', label: 'Never high value' },
];

const choicesOf = (none: string, items: { id: string; name: string }[]): Choice[] => [
  { value: '', label: none },
  ...items.map((i) => ({ value: i.id, label: i.name })),
];

/** Every field of an asset, each with the server's sentence about it right under it. */
export function AssetForm() {
  const draft = useAssetPage((s) => s.draft);
  const errors = useAssetPage((s) => s.fieldErrors);
  const edit = useAssetPage((s) => s.edit);
  const locations = useAssetChoices((s) => s.locations);
  const assetTypes = useAssetChoices((s) => s.assetTypes);
  const people = useAssetChoices((s) => s.people);
  const findPeople = useAssetChoices((s) => s.findPeople);

  const text = (
    field: Exclude<DraftField, 'highValue' | 'cannotLend'>,
    label: string,
    extra: object = {},
  ) => (
    <TextField
      label={label}
      value={draft[field]}
      error={errors[field]}
      autoComplete="off"
      onChange={(e) => edit(field, e.currentTarget.value)}
      {...extra}
    />
  );
  const place = (field: 'homeLocationId' | 'locationId', label: string, none: string) => (
    <SelectField
      label={label}
      value={draft[field]}
      error={errors[field]}
      choices={choicesOf(none, locations)}
      onChange={(v) => edit(field, v)}
    />
  );
  const label = (field: 'barcode' | 'rfid' | 'qrCode', name: string) =>
    text(field, name, {
      className: 'mono',
      spellCheck: false,
      hint: 'Scan it into the box, or type it. It must be unique.',
    });

  return (
    <div className="asset-form">
      <fieldset className="asset-form__group">
        <legend>What it is</legend>
        {text('name', 'Name', { required: true, hint: 'As it is printed on the kit, e.g. Canon EOS R50.' })}
        <SelectField
          label="Asset type"
          value={draft.assetTypeId}
          error={errors.assetTypeId}
          hint="Sets its loan period."
          choices={choicesOf('No type', assetTypes)}
          onChange={(v) => edit('assetTypeId', v)}
        />
        {text('manufacturer', 'Manufacturer')}
        {text('modelId', 'Model')}
        {text('serialNumber', 'Serial number', { className: 'mono', spellCheck: false })}
        {text('colour', 'Colour')}
        <TextAreaField
          label="Description"
          value={draft.description}
          error={errors.description}
          onChange={(v) => edit('description', v)}
        />
      </fieldset>

      <fieldset className="asset-form__group">
        <legend>Labels</legend>
        {label('barcode', 'Barcode')}
        {label('rfid', 'RFID tag')}
        {label('qrCode', 'QR code')}
      </fieldset>

      <fieldset className="asset-form__group">
        <legend>Where it belongs</legend>
        {place('homeLocationId', 'Home location', 'No home')}
        {place('locationId', 'Where it is now', 'Not recorded')}
        <SearchPicker
          label="Owner"
          hint="Name or email"
          noneLabel="No owner."
          findLabel="Find the owner"
          chosen={draft.ownerId ? (people[draft.ownerId] ?? 'A person this console cannot read') : null}
          error={errors.ownerId}
          onSearch={async (q) => (await findPeople(q)).map((p) => ({ value: p.id, label: p.name }))}
          onChoose={(id) => edit('ownerId', id)}
        />
      </fieldset>

      <fieldset className="asset-form__group">
        <legend>Purchase</legend>
        {text('purchaseDate', 'Purchase date', { type: 'date' })}
        {text('purchaseSupplier', 'Supplier')}
        {text('value', 'Estimated value (£)', { inputMode: 'decimal', hint: 'In pounds, e.g. 1299.99.' })}
        <TextAreaField
          label="Warranty"
          value={draft.warrantyDetails}
          error={errors.warrantyDetails}
          hint="How long, with whom, and how to claim."
          onChange={(v) => edit('warrantyDetails', v)}
        />
      </fieldset>

      <fieldset className="asset-form__group">
        <legend>Lending</legend>
        <SelectField
          label="High value"
          value={draft.highValue}
          error={errors.highValue}
          hint="High-value kit goes out only with a member of staff present."
          choices={highValueChoices}
          onChange={(v) => edit('highValue', v as HighValueChoice)}
        />
        <CheckboxField
          label="Cannot lend"
          hint="The kiosk refuses it to everyone."
          checked={draft.cannotLend}
          error={errors.cannotLend}
          onChange={(v) => edit('cannotLend', v)}
        />
      </fieldset>
    </div>
  );
}
