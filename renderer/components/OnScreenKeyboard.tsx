import { useEffect, useRef, useState } from 'react';
import { KeyboardReact, type SimpleKeyboard } from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';

/** What an email address, a password, a web address and a short reason need, on a kiosk with no keyboard. */
const LAYOUT = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'q w e r t y u i o p',
    'a s d f g h j k l @',
    '{shift} z x c v b n m . - _ /',
    '{space}',
  ],
  shift: [
    '! # $ % & * + = ? ^ {bksp}',
    'Q W E R T Y U I O P',
    'A S D F G H J K L @',
    '{shift} Z X C V B N M , ; :',
    '{space}',
  ],
};
const DISPLAY = { '{bksp}': 'Delete', '{shift}': 'Shift', '{space}': 'Space' };

/**
 * Keys on the screen for the field being typed into (react-simple-keyboard). Hidden from assistive
 * technology, whose users bring their own keyboard; the fields themselves stay ordinary inputs.
 */
export function OnScreenKeyboard(props: { field: string; value: string; onChange: (value: string) => void }) {
  const [layoutName, setLayoutName] = useState<'default' | 'shift'>('default');
  const keyboard = useRef<SimpleKeyboard | null>(null);
  // The field may also change from a real keyboard, or be cleared after an attempt: the keys follow it.
  useEffect(() => keyboard.current?.setInput(props.value, props.field), [props.value, props.field]);
  return (
    <div className="on-screen-keyboard" aria-hidden="true">
      <KeyboardReact
        keyboardRef={(k: SimpleKeyboard) => {
          keyboard.current = k;
        }}
        inputName={props.field}
        layout={LAYOUT}
        layoutName={layoutName}
        display={DISPLAY}
        onChange={props.onChange}
        onKeyPress={(button: string) => {
          if (button === '{shift}') setLayoutName((l) => (l === 'default' ? 'shift' : 'default'));
        }}
      />
    </div>
  );
}
