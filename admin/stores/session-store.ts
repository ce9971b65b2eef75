import { createStore } from 'zustand/vanilla';
import type { CookieSession } from '../../domain/api/auth.js';
import { ApiError } from '../api/http.js';
import type { SessionApi } from '../api/session-api.js';

export type SessionStatus = 'starting' | 'signed-out' | 'signed-in';

export type SessionState = {
  status: SessionStatus;
  /** Who is signed in and their access token, kept in memory only: a reload signs in again by cookie. */
  session: CookieSession | null;
  busy: boolean;
  error: ApiError | null;
  /** Why the sign-in page shows again without being asked: the session ended. */
  notice: string | null;
  /** On opening the console: back in through the refresh cookie, or to the sign-in page. */
  start(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** A fresh access token once the old one has expired; null, and back to sign-in, when the session has ended. */
  renew(): Promise<string | null>;
};

const NOT_STAFF =
  'This account may not use the admin console: only staff and admins can. Ask an admin to make you staff.';
const SESSION_ENDED = 'Your session has ended. Sign in again to carry on.';

const mayUseConsole = (s: CookieSession) => s.roles.includes('staff') || s.roles.includes('admin');

export function createSessionStore(api: SessionApi) {
  let csrf: string | null = null;
  let renewing: Promise<string | null> | null = null;
  const csrfToken = async () => (csrf ??= await api.csrfToken());

  return createStore<SessionState>()((set, get) => {
    const accept = async (session: CookieSession): Promise<void> => {
      if (mayUseConsole(session)) {
        set({ status: 'signed-in', session, busy: false, error: null, notice: null });
        return;
      }
      await api.signOut(await csrfToken()).catch(() => undefined);
      set({
        status: 'signed-out',
        session: null,
        busy: false,
        error: new ApiError('forbidden', NOT_STAFF, 403),
      });
    };
    const signedOut = (fields: Partial<SessionState> = {}) =>
      set({ status: 'signed-out', session: null, busy: false, ...fields });

    return {
      status: 'starting',
      session: null,
      busy: false,
      error: null,
      notice: null,

      async start() {
        try {
          await accept(await api.refresh(await csrfToken()));
        } catch (err) {
          // No cookie, or an ended session, is the ordinary first visit; anything else is worth saying.
          const quiet = err instanceof ApiError && err.code === 'unauthenticated';
          signedOut({ error: quiet ? null : toApiError(err) });
        }
      },

      async signIn(email, password) {
        set({ busy: true, error: null });
        try {
          await accept(await api.signIn(await csrfToken(), email, password));
        } catch (err) {
          set({ busy: false, error: toApiError(err) });
        }
      },

      async signOut() {
        set({ busy: true });
        try {
          await api.signOut(await csrfToken());
          signedOut({ error: null, notice: 'You have signed out.' });
        } catch (err) {
          set({ busy: false, error: toApiError(err) });
        }
      },

      renew() {
        renewing ??= (async () => {
          try {
            const session = await api.refresh(await csrfToken());
            await accept(session);
            return get().session?.accessToken ?? null;
          } catch {
            signedOut({ notice: SESSION_ENDED });
            return null;
          } finally {
            renewing = null;
          }
        })();
        return renewing;
      },
    };
  });
}
export type SessionStore = ReturnType<typeof createSessionStore>;

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('internal', 'Something went wrong in this page. Reload it and try again.', 0);
}
