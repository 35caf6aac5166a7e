// A red dot that follows the pointer, for pointing at the screen from the back of the room.
import { useEffect, useState } from 'react';

export function LaserPointer() {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const move = (e: PointerEvent) => setAt({ x: e.clientX, y: e.clientY });
    const leave = () => setAt(null);
    window.addEventListener('pointermove', move);
    document.documentElement.addEventListener('pointerleave', leave);
    return () => {
      window.removeEventListener('pointermove', move);
      document.documentElement.removeEventListener('pointerleave', leave);
    };
  }, []);
  if (!at) return null;
  return (
    <div
      className="laser-dot"
      style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
      aria-hidden="true"
      data-testid="laser"
    />
  );
}
