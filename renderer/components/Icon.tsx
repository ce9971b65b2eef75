/** Small line icons drawn inline, so they render the same on every machine whatever its fonts. */
const PATHS = {
  check: 'M4 12.5l5 5L20 6.5',
  todo: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18',
  cross: 'M6 6l12 12M18 6L6 18',
  card: 'M3 6h18v12H3zM3 10h18',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon(props: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon ${props.className ?? ''}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[props.name]} />
    </svg>
  );
}
