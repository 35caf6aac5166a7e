import { Position, ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { handlesOf, NODE_HANDLES } from './handles';
import { ContainerNode } from './nodes/ContainerNode';
import { MoreNode } from './nodes/MoreNode';
import { PortNode } from './nodes/NetNodes';
import { ServiceNode, VolumeNode } from './nodes/SmallNodes';

const render = (el: ReactNode) => renderToStaticMarkup(<ReactFlowProvider>{el}</ReactFlowProvider>);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const props = (type: string, data: Record<string, unknown>): any => ({ id: 'x', type, data });

/** The handles a node component draws: id, type and side, in order. */
function drawn(html: string): string[] {
  return [...html.matchAll(/<div[^>]*class="[^"]*react-flow__handle[^"]*"[^>]*>/g)].map((m) => {
    const tag = m[0];
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
    return `${attr('data-handleid')}:${/\bsource\b/.test(tag) ? 'source' : 'target'}:${attr('data-handlepos')}`;
  });
}
const declared = (type: string) => NODE_HANDLES[type].map((h) => `${h.id}:${h.type}:${h.position}`);

describe('node handles', () => {
  it('are drawn where they are declared, so React Flow is told the truth', () => {
    const container = { name: 'c', image: 'i', kind: 'app', order: null, state: 'none' };
    const cases: [string, ReactNode][] = [
      ['container', <ContainerNode {...props('container', { ...container, failedLookups: [] })} />],
      ['more', <MoreNode {...props('more', { row: 'app', count: 2, total: 8, groups: [] })} />],
      ['volume', <VolumeNode {...props('volume', { name: 'v', source: 'emptyDir', active: null })} />],
      ['service', <ServiceNode {...props('service', { name: 's', clusterIP: 'x', ports: '80' })} />],
      ['port', <PortNode {...props('port', { port: 80, owner: null, listening: null, hit: null })} />],
    ];
    for (const [type, el] of cases) expect(drawn(render(el)), type).toEqual(declared(type));
  });

  it('put the DNS and localhost handles along the top and bottom sides', () => {
    const html = render(
      <ContainerNode
        {...props('container', {
          name: 'c',
          image: 'i',
          kind: 'app',
          order: null,
          state: 'none',
          failedLookups: [],
        })}
      />,
    );
    expect(html).toMatch(/data-handleid="dns"[^>]*style="left:70%"|style="left:70%"[^>]*data-handleid="dns"/);
    expect(html).toMatch(/data-handleid="net"[^>]*style="left:35%"|style="left:35%"[^>]*data-handleid="net"/);
  });

  it('sit centred on the node border, as the DOM lays them out (6 px boxes)', () => {
    const byId = Object.fromEntries(handlesOf('container', 250, 140).map((h) => [h.id, h]));
    // Measured in Chromium for a 250 x 140 container (relative to the node, at zoom 1).
    expect(byId.prev).toMatchObject({ x: -3, y: 67, position: Position.Left, type: 'target' });
    expect(byId.next).toMatchObject({ x: 247, y: 67, position: Position.Right });
    expect(byId.dns).toMatchObject({ x: 172, y: -3, position: Position.Top });
    expect(byId.mount).toMatchObject({ x: 122, y: 137 });
    expect(byId.mountUp).toMatchObject({ x: 122, y: -3 });
    expect(byId.net).toMatchObject({ x: 84.5, y: 137, width: 6, height: 6 });
    expect(handlesOf('volume', 200, 60).map((h) => [h.id, h.x, h.y])).toEqual([
      ['in', 97, -3],
      ['inBottom', 97, 57],
    ]);
  });

  it('are an empty list for nodes without any (React Flow would measure them otherwise)', () => {
    expect(handlesOf('pod', 626, 478)).toEqual([]);
    expect(handlesOf(undefined, 10, 10)).toEqual([]);
  });
});
