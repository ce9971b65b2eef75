import { Bench as TinyBench } from 'tinybench';
import { concatBytes } from '../../hardware/bytes/hex.js';
import { Em4100AsciiDecoder } from '../../hardware/decoders/em4100-ascii-decoder.js';
import { BootKeyboardDecoder } from '../../hardware/decoders/hid-keyboard/boot-keyboard-decoder.js';
import { HidPosDecoder } from '../../hardware/decoders/hid-pos/hid-pos-decoder.js';
import { LineDecoder } from '../../hardware/decoders/line-decoder.js';
import { Pn532FrameDecoder } from '../../hardware/decoders/pn532/pn532-frame-decoder.js';
import { DevicePipeline } from '../../hardware/pipeline/device-pipeline.js';
import {
  hidPosReports,
  keyboardReports,
  pn532TargetResponse,
  rdm6300Frame,
  scannerLine,
} from '../../hardware/simulator/protocol-encoders.js';
import { aDevice } from '../../hardware/testing/device-config.js';
import { round, type Bench, type Figure } from './harness.js';

/** Decode throughput of the pure decoders, and of the whole per-device pipeline for context. */

const cardId = (i: number) => i.toString(16).toUpperCase().padStart(10, '0');
const frames = (n: number, make: (i: number) => Uint8Array) =>
  concatBytes(Array.from({ length: n }, (_, i) => make(i)));

const em4100Stream = frames(4096, (i) => rdm6300Frame(cardId(i)));
const pn532Stream = frames(1024, (i) => pn532TargetResponse(cardId(i).slice(2)));
const lineStream = frames(2048, (i) => scannerLine(`]C0KD-${String(i).padStart(5, '0')}`, 'crlf'));
const keyboard = keyboardReports('6957842208856', 'us');
const hidPos = hidPosReports(`]C0${'X'.repeat(100)}`, ']C0');

const bench: Bench = {
  title: 'hardware decoders',
  async run() {
    const b = new TinyBench({ time: 700 });
    b.add('em4100', () => void new Em4100AsciiDecoder().push(em4100Stream));
    b.add('pn532', () => void new Pn532FrameDecoder().push(pn532Stream));
    b.add('line', () => void new LineDecoder('crlf').push(lineStream));
    b.add('hid-keyboard', () => {
      const d = new BootKeyboardDecoder({ layout: 'us' });
      for (const r of keyboard) d.push(r);
    });
    b.add('hid-pos', () => {
      const d = new HidPosDecoder();
      for (const r of hidPos) d.push(r);
    });
    const pipeline = new DevicePipeline({
      device: aDevice({ protocol: 'em4100', transport: 'serial' }),
      assetTagPattern: null,
      emit: () => undefined,
    });
    b.add('pipeline', () => pipeline.push(em4100Stream));
    await b.run();
    pipeline.stop();

    const opsPerSecond = (name: string) => {
      const t = b.getTask(name)?.result;
      if (!t || t.state !== 'completed') throw new Error(`hardware decode bench ${name} did not complete`);
      return t.throughput.mean;
    };
    const mbPerSecond = (name: string, bytes: number) => round((opsPerSecond(name) * bytes) / 1e6);
    const figure = (name: string, value: number, unit: string): Figure => ({
      name,
      value,
      unit,
      floor: null,
      better: 'higher',
    });
    return [
      figure('hw.decode_em4100_mb_per_s', mbPerSecond('em4100', em4100Stream.length), 'MB/s'),
      figure('hw.decode_em4100_frames_per_s', round(opsPerSecond('em4100') * 4096), 'frames/s'),
      figure('hw.decode_pn532_mb_per_s', mbPerSecond('pn532', pn532Stream.length), 'MB/s'),
      figure('hw.decode_line_mb_per_s', mbPerSecond('line', lineStream.length), 'MB/s'),
      figure(
        'hw.decode_hid_keyboard_reports_per_s',
        round(opsPerSecond('hid-keyboard') * keyboard.length),
        'reports/s',
      ),
      figure('hw.decode_hid_pos_reports_per_s', round(opsPerSecond('hid-pos') * hidPos.length), 'reports/s'),
      figure('hw.pipeline_em4100_frames_per_s', round(opsPerSecond('pipeline') * 4096), 'frames/s'),
    ];
  },
};
export default bench;
