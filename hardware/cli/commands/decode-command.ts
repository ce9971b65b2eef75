import { Command } from 'commander';
import type { DeviceConfig, DeviceProtocol } from '../../../domain/devices/device-config.js';
import { KitdeskError } from '../../../domain/errors.js';
import { compileAssetTagPattern } from '../../barcode/asset-tag-pattern.js';
import { parseHex } from '../../bytes/hex.js';
import { HID_PROTOCOLS, decodeCapture } from '../decode-capture.js';
import { withDeviceInputOptions } from '../device-input-options.js';
import { choiceOption } from '../parse-options.js';

type DecodeOptions = {
  protocol: DeviceProtocol;
  hex?: string;
  reports?: string;
  layout: DeviceConfig['layout'];
  suffix: DeviceConfig['suffix'];
  role: DeviceConfig['role'];
  pattern?: string;
};

function inputsOf(o: DecodeOptions): Uint8Array[] {
  const isHid = HID_PROTOCOLS.includes(o.protocol);
  if (isHid && o.reports !== undefined)
    return o.reports
      .split(';')
      .filter((r) => r.trim() !== '')
      .map(parseHex);
  if (!isHid && o.hex !== undefined) return [parseHex(o.hex)];
  throw new KitdeskError(
    'validation_failed',
    isHid
      ? `${o.protocol} decodes HID reports: give them with --reports "hex;hex;…", one report per item.`
      : `${o.protocol} decodes a byte stream: give it with --hex "02 36 …".`,
  );
}

export function decodeCommand(print: (line: string) => void): Command {
  return withDeviceInputOptions(
    new Command('decode').description(
      'decode bytes or HID reports given on the command line; prints one JSON object per event',
    ),
  )
    .option('--hex <bytes>', 'serial bytes, e.g. "02 36 37 …"')
    .option('--reports <reports>', 'HID reports separated by ";", e.g. "00 00 27 00 00 00 00 00;00 00 00 …"')
    .option(
      '--role <role>',
      'what the device reads',
      choiceOption(['card-reader', 'item-scanner'] as const),
      'card-reader',
    )
    .option('--pattern <regex>', "the site's asset tag pattern, checked for item scanners")
    .action((o: DecodeOptions) => {
      const lines = decodeCapture(inputsOf(o), {
        protocol: o.protocol,
        layout: o.layout,
        suffix: o.suffix,
        role: o.role,
        assetTagPattern: compileAssetTagPattern(o.pattern ?? ''),
      });
      for (const line of lines) print(JSON.stringify(line));
    });
}
