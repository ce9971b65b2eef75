import { useEffect, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'wouter';
import { assetStatusOf } from '../../domain/api/assets.js';
import { AssetStatusPill } from '../../ui/components/AssetStatusPill.js';
import { ErrorNote } from '../../ui/components/ErrorNote.js';
import { useAssetChoices, useAssetPage } from '../app/console-stores.js';
import { AssetForm } from './asset/AssetForm.js';
import { AssetHistory } from './asset/AssetHistory.js';
import { AssetPicture } from './asset/AssetPicture.js';
import { ConflictNote } from './asset/ConflictNote.js';
import { CurrentLoan } from './asset/CurrentLoan.js';
import { DisposePanel } from './asset/DisposePanel.js';

/** `/assets/new` (with `?copy=<id>` to duplicate one) and `/assets/:id`: one asset, every field of it. */
export function AssetPageScreen() {
  const { id } = useParams<{ id?: string }>();
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const copyOf = params.get('copy');
  const isNew = id === undefined;
  const asset = useAssetPage((s) => s.asset);
  const loading = useAssetPage((s) => s.loading);
  const saving = useAssetPage((s) => s.saving);
  const error = useAssetPage((s) => s.error);
  const notice = useAssetPage((s) => s.notice);
  const draftName = useAssetPage((s) => s.draft.name);
  const ownerId = useAssetPage((s) => s.draft.ownerId);
  const { open, startNew, save } = useAssetPage((s) => s);
  const loadChoices = useAssetChoices((s) => s.load);
  const personName = useAssetChoices((s) => s.personName);

  useEffect(() => {
    void loadChoices();
  }, [loadChoices]);
  useEffect(() => {
    void (isNew ? startNew(copyOf) : open(id));
  }, [isNew, id, copyOf, open, startNew]);
  useEffect(() => {
    if (ownerId) void personName(ownerId);
  }, [ownerId, personName]);
  useEffect(() => {
    document.title = `${isNew ? 'New asset' : (asset?.name ?? 'Asset')} · Kitdesk admin`;
  }, [isNew, asset?.name]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const savedId = await save();
    if (savedId && isNew) navigate(`/assets/${savedId}`, { replace: true });
  };

  if (!isNew && !asset) {
    return (
      <section className="asset-page" aria-busy={loading}>
        <p>
          <Link href="/assets">← All assets</Link>
        </p>
        {loading ? <p>Opening the asset …</p> : <ErrorNote message={error?.message} />}
      </section>
    );
  }

  const title = isNew ? (copyOf ? 'New asset, copied' : 'New asset') : asset!.name;
  return (
    <section className="asset-page" aria-labelledby="asset-page-title">
      <p className="asset-page__back">
        <Link href="/assets">← All assets</Link>
      </p>
      <div className="page-heading">
        <h1 id="asset-page-title">{title}</h1>
        {asset && <AssetStatusPill status={assetStatusOf(asset)} />}
        {asset && (
          <Link className="btn btn--secondary page-heading__action" href={`/assets/new?copy=${asset.id}`}>
            Duplicate as new
          </Link>
        )}
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ConflictNote />
      <div className="asset-page__layout">
        <form
          className="asset-page__form"
          aria-label={isNew ? 'New asset' : `Edit ${draftName || asset!.name}`}
          noValidate
          onSubmit={(e) => void submit(e)}
        >
          <AssetForm />
          <ErrorNote message={error?.message} />
          <div className="save-bar">
            <button type="submit" className="btn btn--primary" disabled={saving}>
              {saving ? 'Saving …' : isNew ? 'Add this asset' : 'Save changes'}
            </button>
            <Link className="btn btn--secondary" href="/assets">
              {isNew ? 'Cancel' : 'Back to the list'}
            </Link>
          </div>
        </form>
        <aside className="asset-page__side" aria-label="Picture, loan and history">
          <AssetPicture />
          {asset && <CurrentLoan asset={asset} now={Date.now()} />}
          {asset && <DisposePanel asset={asset} />}
          {asset && <AssetHistory assetId={asset.id} />}
        </aside>
      </div>
    </section>
  );
}
