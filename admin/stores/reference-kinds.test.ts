import { describe, expect, it } from 'vitest';
import { CreateAssetTypeRequest, CreateLocationRequest } from '../../domain/api/reference.js';
import { fieldText, referenceBody, referenceKinds } from './reference-kinds.js';

const kind = (slug: string) => referenceKinds.find((k) => k.slug === slug)!;

describe('a reference row from the console’s form', () => {
  it('sends empty optional fields as null and hours as a whole number, as the API reads them', () => {
    const types = kind('asset-types');
    const body = referenceBody(types.fields, { name: ' Tripod ', description: '', loanPeriodHours: '168' });
    expect(body).toEqual({ name: 'Tripod', description: null, loanPeriodHours: 168 });
    expect(CreateAssetTypeRequest.parse(body)).toEqual(body);
    const location = referenceBody(kind('locations').fields, { name: 'AV cupboard', area: ' ' });
    expect(CreateLocationRequest.parse(location)).toEqual({ name: 'AV cupboard', area: null });
  });

  it('sends hours that are not a whole number as typed, so the API refuses them in its own words', () => {
    const body = referenceBody(kind('asset-types').fields, { name: 'Laptop', loanPeriodHours: 'a week' });
    expect(body.loanPeriodHours).toBe('a week');
    expect(CreateAssetTypeRequest.safeParse(body).success).toBe(false);
  });

  it('shows a row’s values as text, null as empty', () => {
    const [name, area] = kind('locations').fields;
    const row = { id: 'x', name: 'Drama store', area: null };
    expect(fieldText(row, name!)).toBe('Drama store');
    expect(fieldText(row, area!)).toBe('');
    expect(fieldText({ id: 'y', name: 'Camera', loanPeriodHours: 72 }, kind('asset-types').fields[2]!)).toBe(
      '72',
    );
  });
});
