// A handful of inline SVG icons (no icon font, no network).
const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z',
  start: 'M5 4.5h2.5v15H5zM19 4.5v15L8.5 12z',
  end: 'M16.5 4.5H19v15h-2.5zM5 4.5v15L15.5 12z',
  prev: 'M11.5 6v12L3 12zM21 6v12l-8.5-6z',
  next: 'M12.5 6v12L21 12zM3 6v12l8.5-6z',
  minus: 'M5 11h14v2H5z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
