import type { Cue } from '../../domain/kiosk-api/views.js';

export type SoundPlayer = { play(cue: Cue): void };

type Note = { hz: number; startS: number; lengthS: number; wave: OscillatorType };

/**
 * The three cues as short tones, made in the browser so no audio files are needed: a bright blip for a
 * good scan, a low double buzz for a refused one, a rising three-note chime for a finished loan. They
 * differ in pitch and rhythm, so they can be told apart without looking.
 */
const TUNES: Record<Cue, Note[]> = {
  'scan-ok': [{ hz: 1318.5, startS: 0, lengthS: 0.09, wave: 'sine' }],
  'scan-refused': [
    { hz: 196, startS: 0, lengthS: 0.16, wave: 'square' },
    { hz: 196, startS: 0.22, lengthS: 0.16, wave: 'square' },
  ],
  'loan-done': [
    { hz: 523.25, startS: 0, lengthS: 0.14, wave: 'sine' },
    { hz: 659.25, startS: 0.14, lengthS: 0.14, wave: 'sine' },
    { hz: 783.99, startS: 0.28, lengthS: 0.3, wave: 'sine' },
  ],
};

/** Plays cues through Web Audio. The context starts on first use; Electron lets it play without a gesture. */
export function createWebAudioPlayer(): SoundPlayer {
  let context: AudioContext | null = null;
  return {
    play(cue) {
      context ??= new AudioContext();
      if (context.state === 'suspended') void context.resume();
      const now = context.currentTime;
      for (const n of TUNES[cue]) {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.type = n.wave;
        osc.frequency.value = n.hz;
        // A short fade in and out: a hard start or stop clicks.
        gain.gain.setValueAtTime(0, now + n.startS);
        gain.gain.linearRampToValueAtTime(0.25, now + n.startS + 0.01);
        gain.gain.linearRampToValueAtTime(0, now + n.startS + n.lengthS);
        osc.connect(gain).connect(context.destination);
        osc.start(now + n.startS);
        osc.stop(now + n.startS + n.lengthS + 0.02);
      }
    },
  };
}
