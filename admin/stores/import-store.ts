import { createStore } from 'zustand/vanilla';
import { ImportReport, type ImportKind } from '../../domain/api/imports.js';
import type { ApiClient } from '../api/api-client.js';
import type { ApiError } from '../api/http.js';
import { toApiError } from './session-store.js';

/**
 * Where an import is: nothing chosen; the file going up (the server checks it as it arrives); all of it
 * sent, the server still checking or saving (the API has no progress of its own to ask for); the answer in.
 */
export type ImportPhase = 'idle' | 'sending' | 'finishing' | 'done';

export type ImportState = {
  kind: ImportKind;
  /** The file checked last, kept so that committing sends the same file that was checked. */
  file: File | null;
  /** Whether the file in flight is being imported, not only checked. */
  committing: boolean;
  phase: ImportPhase;
  /** Share of the file sent so far, 0 to 1. */
  progress: number;
  report: ImportReport | null;
  error: ApiError | null;
  chooseKind(kind: ImportKind): void;
  /** A dry run of a new file: nothing changes, every problem is listed. */
  check(file: File): Promise<void>;
  /** Import the file that was checked; the API checks it again and changes all of it or nothing. */
  commit(): Promise<void>;
  /** Start again with another file. */
  clear(): void;
};

/** A committing import with problems answers 400 with the report as its details: show that report. */
function reportIn(err: ApiError): ImportReport | null {
  const parsed = ImportReport.safeParse(err.details);
  return parsed.success ? parsed.data : null;
}

/**
 * One import at a time, kept while the console is open: a technician can look at another screen while
 * a big file goes up and come back to its progress or its report.
 */
export function createImportStore(api: ApiClient) {
  return createStore<ImportState>()((set, get) => {
    async function send(file: File, committing: boolean): Promise<void> {
      const { kind } = get();
      set({ file, committing, phase: 'sending', progress: 0, error: null, report: null });
      try {
        const report = await api.upload(
          ImportReport,
          `/imports/${kind}${committing ? '?commit=true' : ''}`,
          file,
          ({ sent, total }) => {
            const progress = total > 0 ? sent / total : 1;
            set({ progress, phase: progress >= 1 ? 'finishing' : 'sending' });
          },
        );
        set({ phase: 'done', progress: 1, report });
      } catch (err) {
        const error = toApiError(err);
        set({ phase: 'done', error, report: reportIn(error) });
      }
    }
    return {
      kind: 'people',
      file: null,
      committing: false,
      phase: 'idle',
      progress: 0,
      report: null,
      error: null,
      chooseKind(kind) {
        if (get().phase === 'sending' || get().phase === 'finishing') return;
        set({ kind, file: null, phase: 'idle', progress: 0, report: null, error: null });
      },
      check: (file) => send(file, false),
      async commit() {
        const { file } = get();
        if (file) await send(file, true);
      },
      clear() {
        set({ file: null, phase: 'idle', progress: 0, report: null, error: null, committing: false });
      },
    };
  });
}
export type ImportStore = ReturnType<typeof createImportStore>;
