// Keeping a scrolling box at its end, as a terminal follows its newest line.
import type { RefObject } from 'react';

/**
 * Scrolls `ref` to its end in the next animation frame; returns the cancel, for an effect:
 * `useEffect(() => followEnd(ref), [lines.length])`. Read in the effect itself, `scrollHeight` forced
 * the page's layout in the middle of React's effects (on the first screen: the whole first layout,
 * 15-20 ms, in one task with every other effect of the first render); in the frame, it is the layout
 * the browser does anyway before it paints.
 */
export function followEnd(ref: RefObject<HTMLElement | null>): () => void {
  if (typeof requestAnimationFrame === 'undefined') return () => {};
  const id = requestAnimationFrame(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  });
  return () => cancelAnimationFrame(id);
}
