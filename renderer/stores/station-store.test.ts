import { describe, expect, it } from 'vitest';
import { fakeKioskApi, ok, refused } from '../testing/fake-kiosk-api.js';
import { stationInfo } from '../testing/views.js';
import { createStationStore } from './station-store.js';

describe('the station store', () => {
  it('loads the station and keeps what saving the settings answers', async () => {
    const saved = stationInfo({ settings: { ...stationInfo().settings, role: 'return-desk' } });
    const api = fakeKioskApi({
      'station.info': () => ok(stationInfo()),
      'station.saveSettings': () => ok(saved),
    });
    const store = createStationStore(api);
    await store.getState().load();
    expect(store.getState().info?.settings.role).toBe('self-service');
    expect(await store.getState().save(saved.settings)).toBe(true);
    expect(store.getState().info).toEqual(saved);
    expect(api.calls[1]).toEqual({ method: 'station.saveSettings', params: saved.settings });
  });

  it('enrols with the address and code, and keeps the first-run screen’s error when it fails', async () => {
    const message = 'That enrolment code is not valid or has expired.';
    const api = fakeKioskApi({ 'station.enrol': () => refused('unauthenticated', message) });
    const store = createStationStore(api);
    expect(await store.getState().enrol('https://kitdesk.school.example', 'ABC-123-XYZ')).toBe(false);
    expect(api.calls[0]?.params).toEqual({ apiUrl: 'https://kitdesk.school.example', code: 'ABC-123-XYZ' });
    expect(store.getState()).toMatchObject({ busy: false, error: { message } });
  });
});
