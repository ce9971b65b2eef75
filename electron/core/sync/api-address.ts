import { KitdeskError, type KioskIdentity } from '../../../domain/index.js';
import { CentralApiClient, UNREACHABLE } from './api-client.js';

/** One spelling per address, so "https://x/" and "https://x" are the same place. */
export function sameAddress(a: string, b: string): boolean {
  const norm = (u: string) => new URL(u.endsWith('/') ? u : `${u}/`).toString();
  return norm(a) === norm(b);
}

/**
 * Before a kiosk moves to a new address for its central API: something must answer there as Kitdesk, and
 * it must know this kiosk's own credential as this kiosk. Only the installation that enrolled the kiosk
 * holds that credential, so this is how the kiosk knows the address serves the same school.
 */
export async function checkNewAddress(
  apiUrl: string,
  kiosk: { kioskId: string; token: string },
): Promise<KioskIdentity> {
  const client = new CentralApiClient(apiUrl, kiosk.token);
  const origin = new URL(apiUrl).origin;
  const keeping = 'The kiosk keeps using its current address.';
  try {
    await client.health();
  } catch (err) {
    const unreachable = err instanceof KitdeskError && err.details === UNREACHABLE;
    throw new KitdeskError(
      'unavailable',
      unreachable
        ? `Nothing answers at ${origin}: check the address and that this kiosk’s network can reach it. ${keeping}`
        : `${origin} answers, but not as a Kitdesk central system: check the address. ${keeping}`,
    );
  }
  let me: KioskIdentity;
  try {
    me = await client.whoAmI();
  } catch (err) {
    if (!(err instanceof KitdeskError && (err.code === 'unauthenticated' || err.code === 'not_found')))
      throw err;
    throw elsewhere(origin, keeping);
  }
  if (me.kioskId !== kiosk.kioskId) throw elsewhere(origin, keeping);
  return me;
}

function elsewhere(origin: string, keeping: string): KitdeskError {
  return new KitdeskError(
    'conflict',
    `The Kitdesk at ${origin} does not know this kiosk: it belongs to another school, or is another installation. ${keeping} To move the kiosk there, an admin enrols it again with a code from that system.`,
  );
}
