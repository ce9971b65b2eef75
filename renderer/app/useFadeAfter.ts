import { useEffect, useState } from 'react';

/**
 * `value` until `ms` after it last changed, then null. The welcome screen uses it so the answer to one
 * person's tap is not still on the screen when the next person walks up.
 */
export function useFadeAfter<T>(value: T | null, ms: number): T | null {
  const [shown, setShown] = useState<T | null>(value);
  useEffect(() => {
    setShown(value);
    if (value === null) return;
    const timer = setTimeout(() => setShown(null), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
