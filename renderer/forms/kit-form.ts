import { UpdateGroupRequest, type GroupDetail } from '../../domain/api/kits.js';
import type { ApiError } from '../../domain/api-error.js';
import { fieldErrors, serverFieldErrors, textOrNull, type Converted } from './field-errors.js';

export type KitDraft = { name: string; description: string };
export type KitField = keyof KitDraft;

export const kitFields: readonly KitField[] = ['name', 'description'];

export function kitToDraft(k: GroupDetail): KitDraft {
  return { name: k.name, description: k.description ?? '' };
}

export function draftToKitPatch(d: KitDraft): Converted<UpdateGroupRequest, KitField> {
  const parsed = UpdateGroupRequest.safeParse({ name: d.name, description: textOrNull(d.description) });
  if (parsed.success) return { ok: true, patch: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error.issues, kitFields) };
}

/** The central API's sentences for the fields of a refused save. */
export const kitErrorsFromServer = (error: ApiError | null) => serverFieldErrors(error, kitFields);
