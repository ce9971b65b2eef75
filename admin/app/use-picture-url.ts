import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { useApi } from './console-stores.js';

/**
 * Pictures come with the bearer token, which an <img> cannot send: each is fetched once per key (a new
 * picture has a new key) and shown from an object URL. The oldest are let go past a list's worth.
 */
const KEEP = 200;
const urls = new Map<string, Promise<string | null>>();

function pictureUrl(api: ApiClient, assetId: string, key: string): Promise<string | null> {
  let url = urls.get(key);
  if (!url) {
    url = api.blob(`/assets/${assetId}/picture`).then(
      (blob) => URL.createObjectURL(blob),
      () => null,
    );
    urls.set(key, url);
    if (urls.size > KEEP) {
      const [oldestKey, oldest] = urls.entries().next().value!;
      urls.delete(oldestKey);
      void oldest.then((u) => u && URL.revokeObjectURL(u));
    }
  }
  return url;
}

/** An address to show an asset's picture from, or null while there is none (or it is on its way). */
export function usePictureUrl(assetId: string, pictureKey: string | null): string | null {
  const api = useApi();
  const [shown, setShown] = useState<{ key: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!pictureKey) return;
    let live = true;
    void pictureUrl(api, assetId, pictureKey).then((url) => live && setShown({ key: pictureKey, url }));
    return () => {
      live = false;
    };
  }, [api, assetId, pictureKey]);
  return pictureKey && shown?.key === pictureKey ? shown.url : null;
}
