import { takesTyping, type FocusedElement } from './text-entry-focus.js';
import { WedgeDetector } from './wedge-detector.js';

/** The fields of a keydown event the listener reads. */
type KeyDown = Event & {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  isComposing: boolean;
};

export type WedgeListenerOptions = {
  focused: () => FocusedElement | null;
  onScan: (data: string) => void;
  detector?: WedgeDetector;
};

/**
 * Listens for a keyboard-wedge scanner on `target` (the window). Only while no text field has focus:
 * otherwise the keys are the field's. Keys of a recognised burst are kept from the focused button, so a
 * scanner's Enter never presses "Confirm".
 */
export function listenForWedgeScans(target: EventTarget, o: WedgeListenerOptions): () => void {
  const detector = o.detector ?? new WedgeDetector();
  const onKeyDown = (event: Event) => {
    const e = event as KeyDown;
    if (takesTyping(o.focused()) || e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.repeat) {
      detector.reset();
      return;
    }
    const verdict = detector.key(e.key, e.timeStamp);
    if (verdict.kind === 'pass') return;
    e.preventDefault();
    if (verdict.kind === 'scan') o.onScan(verdict.data);
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
}
