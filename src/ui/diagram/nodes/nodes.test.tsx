import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ContainerNodeData, PodNodeData } from '../model';
import { ContainerNode } from './ContainerNode';
import { MoreNode } from './MoreNode';
import { PodNode } from './PodNode';
import { GateNode, ServiceNode, VolumeNode } from './SmallNodes';
import { BandNode, PortNode } from './NetNodes';

// React Flow node components need the flow's context (for their handles).
const render = (el: ReactNode) => renderToStaticMarkup(<ReactFlowProvider>{el}</ReactFlowProvider>);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const props = (type: string, data: Record<string, unknown>): any => ({
  id: 'x',
  type,
  data,
  selected: false,
  dragging: false,
  zIndex: 0,
  isConnectable: false,
  positionAbsoluteX: 0,
  positionAbsoluteY: 0,
  draggable: false,
  selectable: false,
  deletable: false,
});

const container: ContainerNodeData = {
  name: 'init-mydb',
  image: 'busybox:1.28',
  kind: 'init',
  order: 2,
  state: 'completed',
  stateText: 'Terminated: Completed (0)',
  restartCount: 0,
  ready: true,
  started: false,
  failedLookups: [],
};

describe('ContainerNode', () => {
  it('shows order, name, image, state text and restarts', () => {
    const html = render(<ContainerNode {...props('container', container)} />);
    expect(html).toContain('data-testid="node-container-init-mydb"');
    expect(html).toMatch(/data-testid="container-order"[^>]*>2</);
    expect(html).toContain('busybox:1.28');
    expect(html).toContain('Terminated: Completed (0)');
    expect(html).toContain('state-completed');
    expect(html.replace(/<!-- -->/g, '')).toContain('restarts: 0');
  });

  it('says a container without status is not created yet, and shows failed lookups', () => {
    const html = render(
      <ContainerNode
        {...props('container', { ...container, stateText: null, state: 'none', failedLookups: ['mydb'] })}
      />,
    );
    expect(html).toContain('not created yet');
    expect(html).toContain('lookup mydb failed');
  });

  it('marks sidecars', () => {
    const html = render(<ContainerNode {...props('container', { ...container, kind: 'sidecar' })} />);
    expect(html).toContain('cnode-sidecar');
    expect(html).toContain('sidecar');
  });
});

describe('ContainerNode extras', () => {
  it('counts a back-off down in whole seconds, then says it is over', () => {
    const crashing = { ...container, backOff: { window: 20_000, until: 30_000, remaining: 12_300 } };
    expect(render(<ContainerNode {...props('container', crashing)} />)).toContain(
      'back-off 20s: restart in 13s',
    );
    const over = { ...container, backOff: { window: 20_000, until: 30_000, remaining: 0 } };
    expect(render(<ContainerNode {...props('container', over)} />)).toContain(
      'back-off 20s over: restarts at the next sync',
    );
  });

  it('names failed probes, with the event message as the title', () => {
    const probing = {
      ...container,
      probes: [{ type: 'Readiness' as const, t: 1, message: 'Readiness probe failed: nope' }],
    };
    const html = render(<ContainerNode {...props('container', probing)} />);
    expect(html).toContain('Readiness probe failed</span>');
    expect(html).toContain('title="Readiness probe failed: nope"');
  });

  it('flashes a fresh start', () => {
    expect(
      render(<ContainerNode {...props('container', { ...container, transition: 'start' })} />),
    ).toContain('flash-start');
  });
});

describe('localhost nodes', () => {
  it('show the band and who listens on a port', () => {
    expect(render(<BandNode {...props('band', { label: 'localhost' })} />)).toContain('localhost');
    const html = render(
      <PortNode {...props('port', { port: 80, owner: 'web', listening: 'web', hit: true })} />,
    );
    expect(html).toContain('port-listening');
    expect(html).toContain('port-hit');
    expect(html).toContain('Port 80: web is listening');
    const closed = render(
      <PortNode {...props('port', { port: 81, owner: null, listening: null, hit: false })} />,
    );
    expect(closed).toContain('port-closed');
    expect(closed).toContain('port-refused');
  });
});

describe('PodNode', () => {
  it('shows name, phase, IP and a light per condition', () => {
    const data: PodNodeData = {
      name: 'myapp-pod',
      phase: 'Pending',
      ip: '10.244.0.7',
      conditions: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'Initialized', status: 'False' },
        { type: 'Ready', status: null },
      ],
    };
    const html = render(<PodNode {...props('pod', data)} />);
    expect(html).toContain('myapp-pod');
    expect(html).toContain('Pending');
    expect(html).toContain('10.244.0.7');
    expect(html).toContain('light-true');
    expect(html).toContain('light-false');
    expect(html).toContain('light-unknown');
  });
});

describe('small nodes', () => {
  it('render volumes, services and the gate', () => {
    expect(
      render(<VolumeNode {...props('volume', { name: 'data', source: 'emptyDir', active: 'write' })} />),
    ).toContain('vnode-write');
    expect(
      render(
        <ServiceNode
          {...props('service', { name: 'mydb', clusterIP: '10.96.0.3', ports: '80/TCP', queried: false })}
        />,
      ),
    ).toContain('10.96.0.3 · 80/TCP');
    expect(render(<GateNode {...props('gate', { label: 'then', open: true })} />)).toContain('gnode-open');
  });
});

describe('MoreNode', () => {
  it('says how many containers are not drawn, of how many, and their largest state groups', () => {
    const html = render(
      <MoreNode
        {...props('more', {
          row: 'app',
          count: 9960,
          total: 10_000,
          groups: [
            { text: 'Waiting: CrashLoopBackOff', state: 'failed', count: 9000, names: [] },
            { text: null, state: 'none', count: 900, names: [] },
          ],
        })}
      />,
    ).replace(/<!-- -->/g, '');
    expect(html).toContain('data-testid="node-more-app"');
    expect(html).toContain('+9,960 more containers');
    expect(html).toContain('not drawn · 10,000 in all');
    expect(html).toContain('9,000</span><span class="mnode-state">Waiting: CrashLoopBackOff');
    expect(html).toContain('not created yet');
    expect(html).toContain('60 in other states');
  });

  it('names the init row', () => {
    const html = render(<MoreNode {...props('more', { row: 'init', count: 2, total: 42, groups: [] })} />);
    expect(html.replace(/<!-- -->/g, '')).toContain('+2 more init containers');
  });
});
