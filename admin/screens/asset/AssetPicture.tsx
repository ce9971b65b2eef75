import { PictureDrop } from '../../../ui/components/PictureDrop.js';
import { useAssetPage } from '../../app/console-stores.js';
import { usePictureUrl } from '../../app/use-picture-url.js';

/** The asset's picture, to drop a new one on, replace or remove. */
export function AssetPicture() {
  const asset = useAssetPage((s) => s.asset);
  const busy = useAssetPage((s) => s.pictureBusy);
  const error = useAssetPage((s) => s.pictureError);
  const upload = useAssetPage((s) => s.uploadPicture);
  const remove = useAssetPage((s) => s.removePicture);
  const src = usePictureUrl(asset?.id ?? '', asset?.pictureKey ?? null);
  return (
    <section className="asset-page__panel" aria-labelledby="asset-picture-title">
      <h2 id="asset-picture-title">Picture</h2>
      <PictureDrop
        src={src}
        alt={asset ? `Picture of ${asset.name}` : ''}
        busy={busy}
        error={error}
        unavailable={asset ? null : 'Save the asset first, then add its picture here.'}
        onFile={(file) => void upload(file)}
        onRemove={() => void remove()}
      />
    </section>
  );
}
