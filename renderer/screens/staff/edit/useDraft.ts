import { useState } from 'react';
import type { ApiError } from '../../../../domain/api-error.js';
import { useKiosk, useStores } from '../../../app/stores-context.js';
import type { Converted, FieldErrors } from '../../../forms/field-errors.js';

/**
 * A form's draft and its field problems: a change clears the "saved" note and that field's problem; a
 * submit checks the draft with the domain schema and sends only a request that passes, and a save the
 * central API refuses for a field puts its sentence beside that field.
 */
export function useDraft<D extends Record<string, unknown>, P, F extends keyof D & string>(
  initial: D,
  convert: (draft: D) => Converted<P, F>,
  save: (patch: P) => Promise<boolean>,
  fromServer: (error: ApiError | null) => FieldErrors<F>,
) {
  const editor = useKiosk('editor');
  const editorStore = useStores().editor;
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const change = <K extends F>(field: K, value: D[K]) => {
    editor.markChanged();
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = async () => {
    const converted = convert(draft);
    if (!converted.ok) return setErrors(converted.errors);
    setErrors({});
    if (!(await save(converted.patch))) setErrors(fromServer(editorStore.getState().error));
  };
  const hasProblems = Object.values(errors).some(Boolean);
  return { draft, errors, change, submit, hasProblems };
}
