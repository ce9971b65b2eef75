import { z } from 'zod';
import { createStore } from 'zustand/vanilla';
import { FieldIssue } from '../../domain/api-error.js';
import { PersonLoans } from '../../domain/api/people.js';
import { Person } from '../../domain/model/person.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { changesOf, createRequestOf, draftOf, type PersonDraft } from './person-draft.js';
import { toApiError } from './session-store.js';

export type PersonState = {
  /** The person as saved; null while a new one is being written. */
  person: Person | null;
  /** Which page the draft belongs to: a person's id, or "new". */
  openFor: string | null;
  draft: PersonDraft;
  loans: PersonLoans | null;
  loading: boolean;
  saving: boolean;
  error: ApiError | null;
  /** The server's sentence for each field it refused, keyed by the request's field name. */
  fieldErrors: Record<string, string>;
  /** What just happened, to announce beside the button that did it: "Saved." */
  notice: string | null;
  passwordNotice: string | null;
  /**
   * Open a person's page, or "new". Coming back to the page being written keeps its draft: a session
   * that ended and was signed into again loses nothing.
   */
  open(id: string): Promise<void>;
  edit<K extends keyof PersonDraft>(field: K, value: PersonDraft[K]): void;
  /** Whether the draft holds changes not yet saved. */
  dirty(): boolean;
  /** Create or save; the saved person, or null when the API refused. */
  save(): Promise<Person | null>;
  setPassword(password: string): Promise<boolean>;
};

const Issues = z.object({ issues: z.array(FieldIssue) });

function fieldErrorsOf(err: ApiError): Record<string, string> {
  const parsed = Issues.safeParse(err.details);
  if (!parsed.success) return {};
  return Object.fromEntries(parsed.data.issues.map((i) => [i.path.split('.')[0]!, i.message]));
}

const NAME_NEEDED = 'Give the person’s name: it is how the kiosk and the lists show them.';

export function createPersonStore(api: ApiClient) {
  return createStore<PersonState>()((set, get) => {
    const refused = (err: unknown, fields: Partial<PersonState> = {}) => {
      const error = toApiError(err);
      set({ ...fields, error, fieldErrors: fieldErrorsOf(error) });
    };
    return {
      person: null,
      openFor: null,
      draft: draftOf(null),
      loans: null,
      loading: false,
      saving: false,
      error: null,
      fieldErrors: {},
      notice: null,
      passwordNotice: null,

      async open(id) {
        // The page being written, come back to, keeps its draft; an untouched one is read afresh.
        const same = get().openFor === id;
        if (same && get().dirty()) return;
        const another = { person: null, loans: null, notice: null, passwordNotice: null };
        set({ openFor: id, error: null, fieldErrors: {}, ...(same ? {} : another) });
        if (id === 'new') {
          set({ draft: draftOf(null), loading: false });
          return;
        }
        set({ loading: true });
        try {
          const [person, loans] = await Promise.all([
            api.get(Person, `/people/${id}`),
            api.get(PersonLoans, `/people/${id}/loans`),
          ]);
          if (get().openFor === id) set({ person, loans, draft: draftOf(person), loading: false });
        } catch (err) {
          if (get().openFor === id) refused(err, { loading: false });
        }
      },

      dirty() {
        const { draft, person, openFor } = get();
        if (openFor === 'new') return JSON.stringify(draft) !== JSON.stringify(draftOf(null));
        return person !== null && Object.keys(changesOf(draft, person)).length > 0;
      },

      edit(field, value) {
        const { [field]: _gone, ...fieldErrors } = get().fieldErrors;
        set({ draft: { ...get().draft, [field]: value }, fieldErrors, notice: null });
      },

      async save() {
        const { draft, person } = get();
        if (!draft.name.trim()) {
          set({ fieldErrors: { ...get().fieldErrors, name: NAME_NEEDED } });
          return null;
        }
        set({ saving: true, error: null, fieldErrors: {}, notice: null });
        try {
          const saved = person
            ? await api.send(Person, 'PATCH', `/people/${person.id}`, changesOf(draft, person))
            : await api.send(Person, 'POST', '/people', createRequestOf(draft));
          set({
            person: saved,
            openFor: saved.id,
            draft: draftOf(saved),
            loans: get().loans ?? { current: [], past: [], pastCount: 0 },
            saving: false,
            notice: person ? `${saved.name} is saved.` : `${saved.name} is added.`,
          });
          return saved;
        } catch (err) {
          refused(err, { saving: false });
          return null;
        }
      },

      async setPassword(password) {
        const { person } = get();
        if (!person) return false;
        set({ saving: true, error: null, fieldErrors: {}, notice: null, passwordNotice: null });
        try {
          await api.send(z.null(), 'PUT', `/people/${person.id}/password`, { password });
          set({
            saving: false,
            passwordNotice: `A password is set for ${person.name}. Tell them it in person; they can change it after signing in.`,
          });
          return true;
        } catch (err) {
          refused(err, { saving: false });
          return false;
        }
      },
    };
  });
}
export type PersonStore = ReturnType<typeof createPersonStore>;
