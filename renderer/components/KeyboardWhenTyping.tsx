import { lazy, Suspense } from 'react';

// The keyboard's code is fetched the first time a field needs it: most stations never type at all.
const OnScreenKeyboard = lazy(() =>
  import('./OnScreenKeyboard.js').then((m) => ({ default: m.OnScreenKeyboard })),
);

/** The on-screen keyboard under a field while it is being typed into (`typing`), and nothing otherwise. */
export function KeyboardWhenTyping(props: {
  typing: boolean;
  field: string;
  value: string;
  onChange: (value: string) => void;
}) {
  if (!props.typing) return null;
  return (
    <Suspense fallback={null}>
      <OnScreenKeyboard field={props.field} value={props.value} onChange={props.onChange} />
    </Suspense>
  );
}
