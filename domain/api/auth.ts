import { z } from 'zod';
import { Person } from '../model/person.js';
import { Role } from '../model/role.js';
import { StaffPin } from '../credentials/staff-pin.js';

/** `POST /auth/login`: staff and admins sign in with their email and password. */
export const SignInRequest = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
export const SessionTokens = z.object({
  tokenType: z.literal('Bearer'),
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  /** Single use: `POST /auth/refresh` answers a new pair and retires this one. */
  refreshToken: z.string(),
  refreshExpiresAt: z.iso.datetime({ offset: true }),
  person: Person,
  roles: z.array(Role),
});
export type SessionTokens = z.infer<typeof SessionTokens>;

export const RefreshRequest = z.object({ refreshToken: z.string().min(16).max(200) });
export type RefreshRequest = z.infer<typeof RefreshRequest>;

/** `GET /auth/me`: who the access token belongs to. */
export const Me = z.object({ person: Person, roles: z.array(Role) });
export type Me = z.infer<typeof Me>;

/** `PUT /people/:id/password` (admin): at least 10 characters; a passphrase is best. */
export const SetPasswordRequest = z.object({ password: z.string().min(10).max(200) });
export type SetPasswordRequest = z.infer<typeof SetPasswordRequest>;

/**
 * `?refresh=cookie` on sign-in, refresh and sign-out: the browser console keeps its refresh token in an
 * HttpOnly cookie where no script can read it, and sends the CSRF token of `GET /auth/csrf` as
 * `X-CSRF-Token`. Without it the token travels in the JSON body, as the kiosk sends it.
 */
export const RefreshTransportQuery = z.object({ refresh: z.enum(['body', 'cookie']).default('body') });
export type RefreshTransportQuery = z.infer<typeof RefreshTransportQuery>;

/** A cookie-mode sign-in or refresh: the session without its refresh token, which is in the cookie. */
export const CookieSession = SessionTokens.omit({ refreshToken: true });
export type CookieSession = z.infer<typeof CookieSession>;

/** `POST /auth/refresh` and `POST /auth/logout`: the refresh token, left out in cookie mode. */
export const RefreshBody = z.object({ refreshToken: RefreshRequest.shape.refreshToken.optional() });
export type RefreshBody = z.infer<typeof RefreshBody>;

/** `GET /auth/csrf`: the token every cookie-mode request sends in the `X-CSRF-Token` header. */
export const CsrfToken = z.object({ csrfToken: z.string() });
export type CsrfToken = z.infer<typeof CsrfToken>;
export const CSRF_HEADER = 'x-csrf-token';

/** `PUT /people/:id/staff-pin`: a member of staff sets their own PIN, or an admin sets anyone's. */
export const SetStaffPinRequest = z.object({ pin: StaffPin });
export type SetStaffPinRequest = z.infer<typeof SetStaffPinRequest>;

/**
 * `POST /kiosks/staff-sign-in` (an enrolled kiosk only): the card a member of staff presented at the kiosk
 * (any of its keys) and the PIN they typed, traded for a short-lived access token in their own name.
 */
export const KioskStaffSignInRequest = z.object({ card: z.string().min(1).max(512), pin: StaffPin });
export type KioskStaffSignInRequest = z.infer<typeof KioskStaffSignInRequest>;

/** No refresh token: when the access token lapses, the member of staff taps and types their PIN again. */
export const KioskStaffSession = SessionTokens.omit({ refreshToken: true, refreshExpiresAt: true });
export type KioskStaffSession = z.infer<typeof KioskStaffSession>;
