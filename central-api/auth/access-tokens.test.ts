import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids.js';
import { AccessTokens } from './access-tokens.js';

const person = { id: newId(), name: 'Ada Lovelace', roles: ['borrower', 'staff'] as const };

describe('access tokens', () => {
  it('answers a token it has verified until the second it expires, then refuses it as expired', async () => {
    let nowMs = Date.parse('2026-11-24T09:00:00Z');
    const tokens = new AccessTokens(randomBytes(32), 900, () => new Date(nowMs));
    const token = await tokens.issue(person);
    const actor = { kind: 'person', id: person.id, name: person.name, roles: [...person.roles] };
    expect(await tokens.verify(token)).toEqual(actor);
    nowMs += 899_000;
    expect(await tokens.verify(token)).toEqual(actor);
    nowMs += 1_000;
    await expect(tokens.verify(token)).rejects.toThrow(/expired/);
  });

  it('refuses a token with the same claims signed by another key, even beside a verified one', async () => {
    const now = () => new Date('2026-11-24T09:00:00Z');
    const ours = new AccessTokens(randomBytes(32), 900, now);
    const theirs = new AccessTokens(randomBytes(32), 900, now);
    await ours.verify(await ours.issue(person));
    const forged = await theirs.issue(person);
    await expect(ours.verify(forged)).rejects.toThrow(/not valid/);
  });
});
