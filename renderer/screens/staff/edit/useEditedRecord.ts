import type { GroupDetail } from '../../../../domain/api/kits.js';
import type { ApiError } from '../../../../domain/api-error.js';
import type { Asset } from '../../../../domain/model/asset.js';
import type { Person } from '../../../../domain/model/person.js';
import { useKioskQuery, type KioskQuery } from '../../../queries/use-kiosk-query.js';
import type { EditTarget, RecordKind } from '../../../stores/navigation-store.js';

/** The record as the central API has it now, not the kiosk's copy, which may be a sync behind. */
export type LoadedRecord =
  | { kind: 'person'; record: Person }
  | { kind: 'asset'; record: Asset }
  | { kind: 'kit'; record: GroupDetail };

type Edited = { loaded: LoadedRecord | null; busy: boolean; error: ApiError | null };

const state = <T>(q: KioskQuery<T>, loaded: LoadedRecord | null): Edited => ({
  loaded,
  busy: q.busy,
  error: q.error,
});

/** The record open in the editor, fetched once someone is signed in to ask the central API for it. */
export function useEditedRecord(target: EditTarget | null, signedIn: boolean): Edited {
  const id = target?.id ?? '';
  const wanted = (kind: RecordKind) => signedIn && target?.kind === kind;
  const person = useKioskQuery('staff.person', { id }, { enabled: wanted('person') });
  const asset = useKioskQuery('staff.asset', { id }, { enabled: wanted('asset') });
  const kit = useKioskQuery('staff.kit', { id }, { enabled: wanted('kit') });
  if (!target) return { loaded: null, busy: false, error: null };
  switch (target.kind) {
    case 'person':
      return state(person, person.data ? { kind: 'person', record: person.data } : null);
    case 'asset':
      return state(asset, asset.data ? { kind: 'asset', record: asset.data } : null);
    case 'kit':
      return state(kit, kit.data ? { kind: 'kit', record: kit.data } : null);
    default: {
      const unreachable: never = target.kind;
      return unreachable;
    }
  }
}
