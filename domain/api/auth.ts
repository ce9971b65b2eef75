import { z } from 'zod';
import { Person } from '../model/person.js';
import { Role } from '../model/role.js';

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
