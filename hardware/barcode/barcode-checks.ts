import type { RejectReason } from '../../domain/devices/device-events.js';
import { carriesGs1, parseAim, splitAimPrefix, type AimId } from './aim.js';
import { code39Mod43, expandUpcE, hasValidGs1CheckDigit } from './check-digits.js';
import { gs1HumanReadable, parseGs1ElementString } from './gs1-element-string.js';

/** The longest value a credential may carry (domain/devices/credential.ts). */
const MAX_CANONICAL = 512;

/** AIs whose values end in a GS1 mod-10 check digit: SSCC, GTIN, contained GTIN, made-to-order GTIN. */
const CHECKED_AIS = new Set(['00', '01', '02', '03']);

export type BarcodeRead =
  | { ok: true; canonical: string; aliases: string[]; symbology: string | null }
  | {
      ok: false;
      reason: Extract<RejectReason, 'format' | 'check_digit' | 'pattern' | 'overflow'>;
      problem: string;
    };

export type BarcodeRules = {
  /** Only item scanners check labels against the site pattern. */
  assetTagPattern: RegExp | null;
};

/**
 * What a scan means: the AIM id (transmitted by the scanner, or in the HID POS report) selects the check
 * to run; EAN/UPC/ITF and GS1 keys are verified with GS1 mod 10, Code 39 with mod 43 when the scanner
 * transmits the check character (`]A1`). Code 128 carries no host-checkable digit (hardware.md §10.19),
 * so the site pattern is what guards item labels.
 */
export function readBarcode(text: string, reportAim: string | null, rules: BarcodeRules): BarcodeRead {
  const fromReport = parseAim(reportAim);
  const { aim, data } = fromReport ? { aim: fromReport, data: text } : splitAimPrefix(text);
  if (data.length === 0) return { ok: false, reason: 'format', problem: 'the scan holds no data' };
  if (data.length > MAX_CANONICAL) {
    return { ok: false, reason: 'overflow', problem: `the scan is longer than ${MAX_CANONICAL} characters` };
  }
  const checked = checkSymbology(data, aim);
  if (!checked.ok) return checked;
  const { canonical, aliases } = checked;
  if (rules.assetTagPattern && !rules.assetTagPattern.test(canonical)) {
    return {
      ok: false,
      reason: 'pattern',
      problem: `"${canonical}" does not match the site's asset tag pattern`,
    };
  }
  return { ok: true, canonical, aliases, symbology: aim?.id ?? null };
}

type Checked = { ok: true; canonical: string; aliases: string[] } | Extract<BarcodeRead, { ok: false }>;

function checkSymbology(data: string, aim: AimId | null): Checked {
  const plain: Checked = { ok: true, canonical: data, aliases: [] };
  if (carriesGs1(aim)) return checkGs1(data);
  switch (aim?.code) {
    case 'E':
      return aim.modifier === '0' || aim.modifier === '4' ? checkEanUpc(data) : plain;
    case 'I':
      return aim.modifier === '1' ? checkDigits(data, data) : plain;
    case 'A':
      return aim.modifier === '1' ? checkCode39(data) : plain;
    default:
      return plain;
  }
}

function checkEanUpc(data: string): Checked {
  if (!/^\d{8}$|^\d{12,13}$/.test(data)) {
    return { ok: false, reason: 'format', problem: `"${data}" is not an 8, 12 or 13 digit EAN/UPC` };
  }
  // An 8-digit ]E0 is UPC-E (EAN-8 is ]E4); its check digit belongs to the expanded UPC-A.
  const checkable = data.length === 8 ? (expandUpcE(data) ?? data) : data;
  return checkDigits(data, checkable);
}

function checkDigits(data: string, checkable: string): Checked {
  if (!hasValidGs1CheckDigit(checkable)) {
    return { ok: false, reason: 'check_digit', problem: `the check digit of "${data}" is wrong` };
  }
  return { ok: true, canonical: data, aliases: [] };
}

function checkCode39(data: string): Checked {
  const payload = data.slice(0, -1);
  if (payload.length === 0 || code39Mod43(payload) !== data.at(-1)) {
    return { ok: false, reason: 'check_digit', problem: `the Code 39 check character of "${data}" is wrong` };
  }
  // Labels are printed and catalogued without the check character; the full scan stays an alias.
  return { ok: true, canonical: payload, aliases: [data] };
}

function checkGs1(data: string): Checked {
  const parsed = parseGs1ElementString(data);
  if (!parsed.ok)
    return { ok: false, reason: 'format', problem: `not a GS1 element string: ${parsed.problem}` };
  const bad = parsed.elements.find((e) => CHECKED_AIS.has(e.ai) && !hasValidGs1CheckDigit(e.value));
  if (bad)
    return {
      ok: false,
      reason: 'check_digit',
      problem: `the check digit of (${bad.ai})${bad.value} is wrong`,
    };
  return { ok: true, canonical: data, aliases: [gs1HumanReadable(parsed.elements)] };
}
