// An edge's label on a background, as React Flow's EdgeText draws it, but sized without the DOM.
// EdgeText draws the label hidden, reads its box with getBBox() in an effect (which lays out the
// whole page in the middle of React's effects) and draws it again; each new label text, such as a
// mount's "write /var/log/app.log" pulse while time plays, did it again. The label's font is known
// (diagram.css: 11px of --mono), so a canvas measures the same box (widths agree to 0.01 px).
import type { ReactNode } from 'react';

/** diagram.css, `.react-flow__edge-text`. */
const FONT_SIZE = 11;

let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  if (typeof document === 'undefined') return (context = null);
  context = document.createElement('canvas').getContext('2d');
  if (context) {
    const mono = getComputedStyle(document.documentElement).getPropertyValue('--mono').trim();
    context.font = `${FONT_SIZE}px ${mono || 'monospace'}`;
  }
  return context;
}

const measured = new Map<string, { width: number; height: number }>();

/** The box SVG's getBBox() gives the label's text: its advance width, the font's ascent + descent. */
export function labelBox(text: string): { width: number; height: number } {
  let box = measured.get(text);
  if (box) return box;
  const ctx = measuringContext();
  const m = ctx?.measureText(text);
  box = m
    ? { width: m.width, height: m.fontBoundingBoxAscent + m.fontBoundingBoxDescent }
    : { width: text.length * FONT_SIZE * 0.6, height: Math.round(FONT_SIZE * 1.2) }; // no canvas (tests)
  if (measured.size > 500) measured.clear();
  measured.set(text, box);
  return box;
}

interface Props {
  x: number;
  y: number;
  label: ReactNode;
  /** Background padding around the text, [x, y]. */
  padding: [number, number];
  radius: number;
}

/** The same elements and classes as React Flow's EdgeText (the SVG export and the styles rely on them). */
export function EdgeLabel({ x, y, label, padding: [px, py], radius }: Props) {
  if (typeof label !== 'string' || label === '') return null;
  const { width, height } = labelBox(label);
  return (
    <g
      transform={`translate(${x - width / 2} ${y - height / 2})`}
      className="react-flow__edge-textwrapper"
      visibility="visible"
    >
      <rect
        width={width + 2 * px}
        x={-px}
        y={-py}
        height={height + 2 * py}
        className="react-flow__edge-textbg"
        rx={radius}
        ry={radius}
      />
      <text className="react-flow__edge-text" y={height / 2} dy="0.3em">
        {label}
      </text>
    </g>
  );
}
