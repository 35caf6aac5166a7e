import { Position, ReactFlowProvider, SmoothStepEdge } from '@xyflow/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EdgeLabel, labelBox } from './EdgeLabel';
import { StepEdge } from './StepEdge';

const render = (el: ReactNode) =>
  renderToStaticMarkup(
    <ReactFlowProvider>
      <svg>{el}</svg>
    </ReactFlowProvider>,
  );

describe('EdgeLabel', () => {
  it("draws React Flow's label elements, centred on the point, visible from the first render", () => {
    const { width, height } = labelBox('then');
    const html = render(<EdgeLabel x={100} y={50} label="then" padding={[4, 2]} radius={3} />);
    expect(html).toContain(
      `<g transform="translate(${100 - width / 2} ${50 - height / 2})" class="react-flow__edge-textwrapper" visibility="visible">`,
    );
    expect(html).toContain(
      `<rect width="${width + 8}" x="-4" y="-2" height="${height + 4}" class="react-flow__edge-textbg" rx="3" ry="3">`,
    );
    expect(html).toContain(`<text class="react-flow__edge-text" y="${height / 2}" dy="0.3em">then</text>`);
  });

  it('draws nothing without a label', () => {
    expect(render(<EdgeLabel x={0} y={0} label="" padding={[2, 4]} radius={2} />)).toBe('<svg></svg>');
  });

  it('sizes longer labels wider', () => {
    expect(labelBox('/var/log · write /var/log/app.log').width).toBeGreaterThan(labelBox(':80').width);
  });
});

describe('StepEdge', () => {
  it("draws the smooth step path React Flow's own edge draws, with its label", () => {
    const props = {
      id: 'dns',
      source: 'a',
      target: 'b',
      sourceX: 0,
      sourceY: 0,
      targetX: 100,
      targetY: 60,
      sourcePosition: Position.Top,
      targetPosition: Position.Left,
      label: 'DNS',
    } as Parameters<typeof StepEdge>[0];
    const ours = render(<StepEdge {...props} />);
    const theirs = render(<SmoothStepEdge {...props} />);
    const d = (html: string) => /\sd="([^"]+)"/.exec(html)?.[1];
    expect(d(ours)).toBe(d(theirs));
    expect(d(ours)).toMatch(/^M0 0L/);
    expect(ours).toContain('>DNS</text>');
  });
});
