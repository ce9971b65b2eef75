import { describe, expect, it } from 'vitest';
import { CredentialCode, CredentialKey, credentialKey, derivedKeys } from './credential-key.js';

describe('credential keys', () => {
  it('are a code trimmed and upper-cased, whichever way it arrives', () => {
    expect(credentialKey('  kd-00001 ')).toBe('KD-00001');
    expect(CredentialCode.parse('\t67003b51c6\n')).toBe('67003B51C6');
    expect(CredentialKey.parse('e2000017221101441890ab01')).toBe('E2000017221101441890AB01');
  });

  it('refuse a code that is empty once trimmed, or longer than a catalogue stores', () => {
    expect(CredentialCode.safeParse('   ').success).toBe(false);
    expect(CredentialCode.safeParse('x'.repeat(129)).success).toBe(false);
    expect(CredentialCode.safeParse('x'.repeat(128)).success).toBe(true);
  });

  it('of a stored 10-hex EM4100 id include its printed 10-digit number, and nothing for a label', () => {
    // 67003B51C6: the low 32 bits 0x003B51C6 are 3887558, printed 0003887558 (hardware.md §1.5).
    expect(derivedKeys(credentialKey('67003b51c6'))).toEqual(['0003887558']);
    expect(derivedKeys(credentialKey('KD-00001'))).toEqual([]);
  });
});
