import { useState } from 'react';
import type { ApiError } from '../../../../domain/api-error.js';
import type { Converted, FieldErrors } from '../../../forms/field-errors.js';

/** How a form saves: one call to the central API, and a way to forget its last answer. */
export type Saving<P> = {
  run(patch: P): Promise<{ ok: true } | { ok: false; error: ApiError }>;
  reset(): void;
};

/**
 * A form's draft and its field problems: a change clears the "saved" note and that field's problem; a
 * submit checks the draft with the domain schema and sends only a request that passes, and a save the
 * central API refuses for a field puts its sentence beside that field.
 */
export function useDraft<D extends Record<string, unknown>, P, F extends keyof D & string>(
  initial: D,
  convert: (draft: D) => Converted<P, F>,
  save: Saving<P>,
  fromServer: (error: ApiError | null) => FieldErrors<F>,
) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const change = <K extends F>(field: K, value: D[K]) => {
    save.reset();
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const submit = async () => {
    const converted = convert(draft);
    if (!converted.ok) return setErrors(converted.errors);
    setErrors({});
    const answer = await save.run(converted.patch);
    if (!answer.ok) setErrors(fromServer(answer.error));
  };
  const hasProblems = Object.values(errors).some(Boolean);
  return { draft, errors, change, submit, hasProblems };
}
