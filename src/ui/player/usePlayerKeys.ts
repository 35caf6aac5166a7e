// Player shortcuts anywhere on the page, except where the keys mean something else (the editor,
// text fields, the scrubber, tabs).
import { useEffect } from 'react';
import { playground } from '../store';

function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor, [data-keys="own"], textarea, select, [contenteditable="true"]'))
    return true;
  if (target instanceof HTMLInputElement) return target.type !== 'range' || key !== ' ';
  if (target.getAttribute('role') === 'tab' && key.startsWith('Arrow')) return true;
  // Space activates any other focused control (a problem, a tab, the language switch, a container
  // in the diagram) as usual.
  if (key === ' ' && target.closest('button, a, [role="tab"], [role="button"]') && !target.closest('.player'))
    return true;
  return false;
}

export function usePlayerKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target, e.key)) return;
      const s = playground.getState();
      const actions: Record<string, () => void> = {
        ' ': s.togglePlay,
        ArrowRight: s.stepNext,
        ArrowLeft: s.stepPrev,
        Home: s.toStart,
        End: s.toEnd,
        '+': s.faster,
        '=': s.faster,
        '-': s.slower,
        _: s.slower,
      };
      const act = actions[e.key];
      if (!act) return;
      e.preventDefault(); // Space would also click a focused button and scroll the page
      act();
    };
    // A focused button clicks on Space's keyup; the keydown above already acted.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && e.target instanceof HTMLButtonElement && !ownsKeys(e.target, e.key))
        e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
