import {
  AssetDetail,
  AssetsPage,
  AssetsQuery,
  CreateAssetRequest,
  DisposeAssetRequest,
  UpdateAssetRequest,
} from '../assets.js';
import { IdParams } from '../pagination.js';
import { apiRoute, signedInErrors } from '../route.js';

const tags = ['assets'];

export const assetsApi = {
  list: apiRoute({
    method: 'GET',
    path: '/assets',
    summary: 'Assets, a page at a time, searched and filtered',
    tags,
    query: AssetsQuery,
    status: 200,
    answer: AssetsPage,
    errors: signedInErrors,
  }),
  get: apiRoute({
    method: 'GET',
    path: '/assets/:id',
    summary: 'One asset',
    tags,
    params: IdParams,
    status: 200,
    answer: AssetDetail,
    errors: [...signedInErrors, 404],
  }),
  create: apiRoute({
    method: 'POST',
    path: '/assets',
    summary: 'Add an asset',
    tags,
    body: CreateAssetRequest,
    status: 201,
    answer: AssetDetail,
    errors: [...signedInErrors, 409],
  }),
  update: apiRoute({
    method: 'PATCH',
    path: '/assets/:id',
    summary: 'Change an asset',
    description:
      'Send `expectedUpdatedAt` (the `updatedAt` you read) to be refused with 409 `edit_conflict`, naming who changed it and when, if someone saved it since.',
    tags,
    params: IdParams,
    body: UpdateAssetRequest,
    status: 200,
    answer: AssetDetail,
    errors: [...signedInErrors, 404, 409],
  }),
  dispose: apiRoute({
    method: 'POST',
    path: '/assets/:id/dispose',
    summary: 'Dispose of an asset: it can never be lent again',
    tags,
    params: IdParams,
    body: DisposeAssetRequest,
    status: 200,
    answer: AssetDetail,
    errors: [...signedInErrors, 404, 409],
  }),
};
