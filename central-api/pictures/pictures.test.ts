import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../domain/api/audit.js';
import { Asset } from '../../domain/model/asset.js';
import { caller, errorCodeOf, UNKNOWN_ID, type Caller } from '../testing/http.js';
import { PICTURES, uploadPicture } from '../testing/pictures.js';
import { startS3Server, type TestS3 } from '../testing/s3-server.js';
import { makeCatalogue, type Catalogue } from '../testing/test-catalogue.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { databaseKinds } from '../testing/test-databases.js';
import { signedInCast, type SignedIn } from '../testing/test-people.js';
import { LocalPictureStore } from './local-picture-store.js';
import type { PictureStore } from './picture-store.js';
import { S3PictureStore } from './s3-picture-store.js';

type Store = { store: PictureStore; keys(): Promise<string[]>; close(): Promise<void> };

async function localFolder(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'kitdesk-pictures-'));
  return {
    store: new LocalPictureStore(dir),
    keys: async () =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1)),
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function s3Server(): Promise<Store> {
  const s3: TestS3 = await startS3Server();
  const store = new S3PictureStore(s3.settings);
  const { endpoint, region, forcePathStyle, accessKeyId, secretAccessKey } = s3.settings;
  const lister = new S3Client({
    endpoint,
    region,
    forcePathStyle,
    credentials: { accessKeyId, secretAccessKey },
  });
  return {
    store,
    keys: async () =>
      ((await lister.send(new ListObjectsV2Command({ Bucket: s3.settings.bucket }))).Contents ?? []).map(
        (o) => o.Key!,
      ),
    async close() {
      store.close();
      lister.destroy();
      await s3.close();
    },
  };
}

const stores = { 'a local folder': localFolder, 'an S3-compatible server': s3Server };
const cases = databaseKinds.flatMap((kind) =>
  (Object.keys(stores) as (keyof typeof stores)[]).map((where) => [where, kind] as const),
);

describe.each(cases)('asset pictures in %s on %s', (where, kind) => {
  let storage: Store;
  let t: TestApp;
  let cast: { admin: SignedIn; staff: SignedIn; borrower: SignedIn };
  let staff: Caller;
  let c: Catalogue;
  beforeAll(async () => {
    storage = await stores[where]();
    t = await startTestApp(kind, { pictures: storage.store, settings: { pictureMaxBytes: 64 * 1024 } });
    cast = await signedInCast(t.app, t.database.db);
    staff = caller(t.app, cast.staff.auth);
    c = await makeCatalogue(staff);
  });
  afterAll(async () => {
    await t?.close();
    await storage?.close();
  });

  it('round-trips a picture: stored under a key the asset keeps, served back byte for byte', async () => {
    const tripod = await c.asset('Picture tripod');
    for (const [type, bytes] of [
      ['jpeg', PICTURES.jpeg],
      ['png', PICTURES.png],
      ['webp', PICTURES.webp],
    ] as const) {
      const res = await uploadPicture(t.app, cast.staff.auth, tripod.id, bytes, {
        filename: `tripod.${type}`,
        type: `image/${type}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const asset = Asset.parse(res.json());
      expect(asset.pictureKey).toMatch(new RegExp(`^assets/${tripod.id}/[0-9a-f-]{36}\\.(jpg|png|webp)$`));
      const back = await staff.get(`/assets/${tripod.id}/picture`);
      expect(back.statusCode).toBe(200);
      expect(back.headers['content-type']).toBe(`image/${type}`);
      expect(Buffer.from(back.rawPayload).equals(bytes)).toBe(true);
      // The replaced picture is gone from storage: only the current one is left.
      expect(await storage.keys()).toEqual([asset.pictureKey]);
    }
    const history = HistoryPage.parse((await staff.get(`/assets/${tripod.id}/history`)).json());
    expect(history.items[0]).toMatchObject({
      action: 'asset.picture_set',
      description: 'Picture tripod has a new picture.',
    });
  });

  it('refuses a text file posing as a JPEG, and a GIF, by their bytes', async () => {
    const lens = await c.asset('Picture lens');
    const text = Buffer.from('These are notes about the lens, renamed to look like a photo.\n');
    const fake = await uploadPicture(t.app, cast.staff.auth, lens.id, text, {
      filename: 'lens.jpg',
      type: 'image/jpeg',
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toMatch(/not a picture, whatever its name says/);
    const gif = await uploadPicture(t.app, cast.staff.auth, lens.id, PICTURES.gif, {
      filename: 'lens.png',
      type: 'image/png',
    });
    expect(gif.statusCode).toBe(400);
    expect(gif.json().error.message).toMatch(/a GIF file/);
    expect(Asset.parse((await staff.get(`/assets/${lens.id}`)).json()).pictureKey).toBeNull();
    expect((await staff.get(`/assets/${lens.id}/picture`)).statusCode).toBe(404);
  });

  it('refuses a picture over the size limit, an unknown asset and a request with no file', async () => {
    const mic = await c.asset('Picture mic');
    const big = Buffer.concat([PICTURES.jpeg, Buffer.alloc(70 * 1024)]);
    const tooBig = await uploadPicture(t.app, cast.staff.auth, mic.id, big, {
      filename: 'mic.jpg',
      type: 'image/jpeg',
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/larger than 0.1 MB/);
    const unknown = await uploadPicture(t.app, cast.staff.auth, UNKNOWN_ID, PICTURES.png, {
      filename: 'x.png',
      type: 'image/png',
    });
    expect(unknown.statusCode).toBe(404);
    const json = await t.app.inject({
      method: 'PUT',
      url: `/assets/${mic.id}/picture`,
      headers: cast.staff.auth,
      payload: { picture: 'x' },
    });
    expect(errorCodeOf(json)).toBe('validation_failed');
    expect(
      (
        await uploadPicture(t.app, cast.borrower.auth, mic.id, PICTURES.png, {
          filename: 'x.png',
          type: 'image/png',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('answers a multipart upload it cannot read with 400 and a sentence, not a 500', async () => {
    const cable = await c.asset('Picture cable');
    const part =
      '--kd\r\nContent-Disposition: form-data; name="picture"; filename="c.png"\r\nContent-Type: image/png\r\n\r\n';
    for (const [contentType, payload] of [
      ['multipart/form-data', `${part}${PICTURES.png.toString('latin1')}\r\n--kd--\r\n`],
      ['multipart/form-data; boundary=kd', `${part}${PICTURES.png.toString('latin1').slice(0, 20)}`],
      [
        'multipart/form-data; boundary=kd',
        '--kd\r\nContent-Disposition: form-data; name="picture"; filename',
      ],
    ]) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/assets/${cable.id}/picture`,
        headers: { ...cast.staff.auth, 'content-type': contentType! },
        payload,
      });
      expect(res.statusCode, `${contentType}: ${res.body}`).toBe(400);
      expect(res.json().error.message).toMatch(
        /could not be read .*Send the picture as multipart\/form-data/,
      );
    }
    expect(Asset.parse((await staff.get(`/assets/${cable.id}`)).json()).pictureKey).toBeNull();
  });

  it('removes a picture, from the asset and from storage', async () => {
    const light = await c.asset('Picture light');
    await uploadPicture(t.app, cast.staff.auth, light.id, PICTURES.webp, {
      filename: 'light.webp',
      type: 'image/webp',
    });
    const before = await storage.keys();
    const res = await staff.delete(`/assets/${light.id}/picture`);
    expect(res.statusCode).toBe(200);
    expect(Asset.parse(res.json()).pictureKey).toBeNull();
    expect((await storage.keys()).length).toBe(before.length - 1);
    expect((await staff.get(`/assets/${light.id}/picture`)).statusCode).toBe(404);
  });
});
