import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../domain/api/imports.js';
import type { ApiClient } from '../api/api-client.js';
import { ApiError } from '../api/http.js';
import type { UploadProgress } from '../api/upload.js';
import { createImportStore } from './import-store.js';

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  kind: 'people',
  committed: false,
  rows: 2,
  created: 2,
  updated: 0,
  unchanged: 0,
  problems: [],
  problemCount: 0,
  ...over,
});

/** An API whose upload reports the progress given, then answers or refuses as told. */
function apiAnswering(answer: (path: string) => ImportReport | ApiError, steps: UploadProgress[] = []) {
  const paths: string[] = [];
  const api = {
    async upload(_schema: unknown, path: string, _file: Blob, onProgress: (p: UploadProgress) => void) {
      paths.push(path);
      for (const step of steps) onProgress(step);
      const got = answer(path);
      if (got instanceof ApiError) throw got;
      return got;
    },
  } as unknown as ApiClient;
  return { api, paths };
}

const file = new File(['name,email\nA,a@school.test\n'], 'roster.csv', { type: 'text/csv' });

describe('an import in the console', () => {
  it('checks first, commits the same file, and shows where the upload has got', async () => {
    const { api, paths } = apiAnswering(
      (path) => report({ committed: path.endsWith('commit=true') }),
      [
        { sent: 10, total: 40 },
        { sent: 40, total: 40 },
      ],
    );
    const store = createImportStore(api);
    const seen: [string, number][] = [];
    store.subscribe((s) => seen.push([s.phase, s.progress]));
    await store.getState().check(file);
    expect(seen).toContainEqual(['sending', 0.25]);
    expect(seen).toContainEqual(['finishing', 1]);
    expect(store.getState()).toMatchObject({ phase: 'done', report: { committed: false } });
    await store.getState().commit();
    expect(paths).toEqual(['/imports/people', '/imports/people?commit=true']);
    expect(store.getState().report?.committed).toBe(true);
  });

  it('shows the report a refused commit carries, and the server’s sentence', async () => {
    const problems = report({
      problemCount: 1,
      problems: [
        {
          line: 3,
          field: 'email',
          value: 'nope',
          code: 'invalid',
          message: '“nope” is not an email address.',
        },
      ],
    });
    const refusal = new ApiError(
      'validation_failed',
      'The file has 1 problem, so nothing was imported.',
      400,
      problems,
    );
    const store = createImportStore(apiAnswering(() => refusal).api);
    await store.getState().check(file);
    expect(store.getState().error?.message).toContain('nothing was imported');
    expect(store.getState().report?.problems[0]?.line).toBe(3);
  });
});
