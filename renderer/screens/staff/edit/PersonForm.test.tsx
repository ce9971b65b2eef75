// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoresProvider } from '../../../app/stores-context.js';
import { createKioskStores } from '../../../stores/kiosk-stores.js';
import { fakeKioskApi, refused, type Answerer } from '../../../testing/fake-kiosk-api.js';
import { person } from '../../../testing/staff-records.js';
import { PersonForm } from './PersonForm.js';

const clash =
  'The code “KD-00002” already belongs to another asset or person: barcode, RFID and QR values must be unique.';

async function openForm(updatePerson: Answerer['staff.updatePerson']) {
  const api = fakeKioskApi({ 'staff.updatePerson': updatePerson });
  const stores = createKioskStores(api, { current: () => ({ status: 'open' }), subscribe: () => () => {} });
  render(
    <StoresProvider stores={stores}>
      <PersonForm person={person()} />
    </StoresProvider>,
  );
  return within(screen.getByRole('form', { name: 'Edit Amira Khan' }));
}

async function saveWithBarcode(form: Awaited<ReturnType<typeof openForm>>, barcode: string) {
  fireEvent.change(form.getByLabelText('Barcode'), { target: { value: barcode } });
  await act(async () => {
    fireEvent.click(form.getByRole('button', { name: 'Save person' }));
  });
}

afterEach(cleanup);

describe('the person form, saved on the central API', () => {
  it('shows a field the server refused with the server’s sentence beside that field', async () => {
    const form = await openForm(() =>
      refused('conflict', clash, {
        constraint: 'credential_pkey',
        issues: [{ path: 'barcode', message: clash }],
      }),
    );
    await saveWithBarcode(form, 'KD-00002');
    const barcode = form.getByLabelText('Barcode');
    expect(barcode.getAttribute('aria-invalid')).toBe('true');
    expect(barcode.getAttribute('aria-describedby')).toBeTruthy();
    const described = document.getElementById(barcode.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(described?.textContent).toBe(clash);
    expect(form.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    expect(form.getByRole('alert').textContent).toBe(
      'Nothing was saved: put right what is marked above, then save again.',
    );

    // Typing in the field takes its problem away.
    fireEvent.change(barcode, { target: { value: 'KD-00003' } });
    expect(barcode.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a refusal that names no field under the save button', async () => {
    const erased = 'This person has been erased and cannot be edited.';
    const form = await openForm(() => refused('conflict', erased));
    await saveWithBarcode(form, 'KD-00009');
    expect(form.getByRole('alert').textContent).toBe(erased);
    expect(form.getByLabelText('Barcode').getAttribute('aria-invalid')).toBeNull();
  });
});
