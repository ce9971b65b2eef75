import type { z } from 'zod';
import { KioskStaffSession, SessionTokens } from '../../../domain/api/auth.js';
import { KitdeskError, type StaffSessionView } from '../../../domain/index.js';
import type { Clock } from '../session/clock.js';
import { callCentralApi, joinUrl } from '../sync/api-client.js';

type Method = 'GET' | 'POST' | 'PATCH';

const IDLE_SIGN_OUT_MS = 10 * 60_000;

/**
 * A member of staff signed in at this station, with their email and password or with their card and PIN,
 * for the edits and reports that only the central API can do. Tokens live in memory only: a restart or sign-out forgets them.
 * `onChange` hears each sign-in and sign-out, so a screen can follow one it did not ask for.
 */
export class StaffSession {
  /** A card-and-PIN sign-in has no refresh token: when its access token lapses, it has ended. */
  private tokens: (KioskStaffSession & { refreshToken?: string }) | null = null;
  private expiresAt = 0;
  private lastUsed = 0;

  constructor(
    private readonly apiUrl: () => string | null,
    private readonly clock: Clock,
    private readonly onChange: (view: StaffSessionView | null) => void = () => {},
  ) {}

  private base(): string {
    const url = this.apiUrl();
    if (!url)
      throw new KitdeskError(
        'unavailable',
        'This kiosk is not connected to a central API yet: enrol it first.',
      );
    return url;
  }

  async signIn(email: string, password: string): Promise<StaffSessionView> {
    const tokens = await callCentralApi(SessionTokens, 'POST', joinUrl(this.base(), 'auth/login'), null, {
      email,
      password,
    });
    if (!tokens.roles.includes('staff')) {
      throw new KitdeskError('forbidden', 'Only members of staff can use the staff area.');
    }
    return this.begin(tokens);
  }

  /** The card the member of staff presented and their PIN, checked by the central API for this kiosk. */
  async signInWithCard(kioskToken: string | null, card: string, pin: string): Promise<StaffSessionView> {
    if (!kioskToken) throw new KitdeskError('unavailable', 'This kiosk is not enrolled yet: enrol it first.');
    const url = joinUrl(this.base(), 'kiosks/staff-sign-in');
    return this.begin(await callCentralApi(KioskStaffSession, 'POST', url, kioskToken, { card, pin }));
  }

  private begin(tokens: KioskStaffSession & { refreshToken?: string }): StaffSessionView {
    this.keep(tokens);
    const view = this.view()!;
    this.onChange(view);
    return view;
  }

  signOut(): void {
    if (!this.tokens) return;
    this.tokens = null;
    this.onChange(null);
  }

  view(): StaffSessionView | null {
    this.forgetIfIdle();
    if (!this.tokens) return null;
    const { person, roles } = this.tokens;
    return { name: person.name, email: person.email ?? '', roles };
  }

  /** A call as the signed-in member of staff, renewing the access token once when it has expired. */
  async call<T extends z.ZodType>(
    schema: T,
    method: Method,
    path: string,
    body?: unknown,
  ): Promise<z.infer<T>> {
    this.forgetIfIdle();
    if (!this.tokens) throw new KitdeskError('unauthenticated', 'Sign in as a member of staff first.');
    this.lastUsed = this.clock.now();
    if (this.clock.now() >= this.expiresAt) await this.refresh();
    try {
      return await callCentralApi(schema, method, joinUrl(this.base(), path), this.tokens!.accessToken, body);
    } catch (err) {
      if (!(err instanceof KitdeskError && err.code === 'unauthenticated')) throw err;
      await this.refresh();
      return callCentralApi(schema, method, joinUrl(this.base(), path), this.tokens!.accessToken, body);
    }
  }

  /** A sign-in left open at a shared screen ends by itself: the next person must not inherit it. */
  private forgetIfIdle(): void {
    if (this.tokens && this.clock.now() - this.lastUsed > IDLE_SIGN_OUT_MS) this.tokens = null;
  }

  private async refresh(): Promise<void> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) {
      this.signOut();
      throw new KitdeskError('unauthenticated', 'Your staff session has ended: sign in again.');
    }
    try {
      this.keep(
        await callCentralApi(SessionTokens, 'POST', joinUrl(this.base(), 'auth/refresh'), null, {
          refreshToken,
        }),
      );
    } catch (err) {
      this.tokens = null;
      throw err instanceof KitdeskError && err.code === 'unauthenticated'
        ? new KitdeskError('unauthenticated', 'Your staff session has ended: sign in again.')
        : err;
    }
  }

  private keep(tokens: KioskStaffSession & { refreshToken?: string }): void {
    this.tokens = tokens;
    this.lastUsed = this.clock.now();
    // Renew a little early so a call never goes out with a token about to lapse.
    this.expiresAt = this.clock.now() + Math.max(0, tokens.expiresIn - 30) * 1000;
  }
}
