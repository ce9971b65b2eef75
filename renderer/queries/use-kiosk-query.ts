import { keepPreviousData, useMutation, useQuery, type QueryKey } from '@tanstack/react-query';
import type { ApiError } from '../../domain/api-error.js';
import type {
  KioskCallResult,
  KioskMethod,
  KioskParams,
  KioskResult,
} from '../../domain/kiosk-api/contract.js';
import { useStores } from '../app/stores-context.js';
import { apiErrorOf, callOrThrow, kioskKey } from './kiosk-queries.js';

export type KioskQuery<T> = {
  /** The last answer to these parameters; a new answer replaces it when it comes. */
  data: T | undefined;
  /** True while a call is on its way, the first or a refetch. */
  busy: boolean;
  error: ApiError | null;
  refetch(): void;
};

/**
 * One kiosk call's answer for a screen. An answer to parameters the screen no longer asks for (a search
 * typed on, a record closed) is kept under its own key and never shown for the new ones.
 */
export function useKioskQuery<M extends KioskMethod>(
  method: M,
  params: KioskParams<M>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
): KioskQuery<KioskResult<M>> {
  const { api } = useStores();
  const query = useQuery<KioskResult<M>, Error, KioskResult<M>, QueryKey>({
    queryKey: kioskKey(method, params),
    queryFn: () => callOrThrow(api, method, params),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  return {
    data: query.data,
    busy: query.isFetching,
    error: apiErrorOf(query.error),
    refetch: () => void query.refetch(),
  };
}

export type KioskMutation<M extends KioskMethod> = {
  /** Answers as the call did; a refusal is also kept in `error` for the screen. */
  run(params: KioskParams<M>): Promise<KioskCallResult<M>>;
  busy: boolean;
  error: ApiError | null;
  /** The answer of the last call that worked, until `reset`. */
  data: KioskResult<M> | undefined;
  reset(): void;
};

/** One kiosk call that changes something, with its busy and error state for the screen that makes it. */
export function useKioskMutation<M extends KioskMethod>(
  method: M,
  onDone?: (result: KioskResult<M>, params: KioskParams<M>) => void,
): KioskMutation<M> {
  const { api } = useStores();
  const mutation = useMutation<KioskResult<M>, Error, KioskParams<M>>({
    mutationFn: (params: KioskParams<M>) => callOrThrow(api, method, params),
    ...(onDone ? { onSuccess: onDone } : {}),
  });
  return {
    run: (params) =>
      mutation.mutateAsync(params).then(
        (result) => ({ ok: true, result }) as KioskCallResult<M>,
        (failure: unknown) => ({ ok: false, error: apiErrorOf(failure)! }),
      ),
    busy: mutation.isPending,
    error: apiErrorOf(mutation.error),
    data: mutation.data,
    reset: mutation.reset,
  };
}
