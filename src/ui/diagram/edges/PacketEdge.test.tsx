import { Position, ReactFlowProvider } from '@xyflow/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PacketEdge } from './PacketEdge';

const render = (packet: 'forward' | 'reverse' | null, animate: boolean) =>
  renderToStaticMarkup(
    <ReactFlowProvider>
      <svg>
        <PacketEdge
          {...({
            id: 'e',
            source: 'a',
            target: 'b',
            sourceX: 0,
            sourceY: 0,
            targetX: 100,
            targetY: 50,
            sourcePosition: Position.Bottom,
            targetPosition: Position.Top,
            data: { packet, animate },
            label: '/data',
          } as Parameters<typeof PacketEdge>[0])}
        />
      </svg>
    </ReactFlowProvider>,
  );

describe('PacketEdge', () => {
  it('moves a packet along the edge, backwards for a read', () => {
    expect(render('forward', true)).toContain('keyPoints="0;1"');
    expect(render('reverse', true)).toContain('keyPoints="1;0"');
  });

  it('parks the packet at the destination with reduced motion', () => {
    const html = render('forward', false);
    expect(html).not.toContain('animateMotion');
    expect(html).toMatch(/class="packet packet-still" cx="100" cy="50"/);
    expect(render('reverse', false)).toMatch(/cx="0" cy="0"/);
  });

  it('draws no packet when nothing travels, and keeps its label', () => {
    const html = render(null, true);
    expect(html).not.toContain('class="packet');
    expect(html).toContain('/data');
  });
});
