import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedTrace } from '../test-fixtures/seed.fixture';
import { EventsPanel, EVENTS_SHOWN, eventRuns, latestRows } from './EventsPanel';
import { LogsPanel } from './LogsPanel';
import { PodRowBar, podRowText } from './PodRowBar';
import { WatchPanel } from './WatchPanel';

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&gt;/g, '>');

describe('PodRowBar', () => {
  it('prints the kubectl get pod header and row', () => {
    const text = podRowText(seedTrace.snapshots[1], 5000);
    const [header, row] = text.split('\n');
    expect(header).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(row).toMatch(/^myapp-pod\s+0\/1\s+Init:0\/2\s+0\s+5s$/);
    // Columns line up: each cell starts where its header starts.
    expect(row.indexOf('Init:0/2')).toBe(header.indexOf('STATUS'));
  });

  it('says there is nothing when the pod does not exist', () => {
    expect(podRowText(null, 0)).toBe('No resources found in default namespace.');
  });

  it('renders in a testable pre', () => {
    const html = renderToStaticMarkup(<PodRowBar pod={seedTrace.snapshots[3]} now={6000} />);
    expect(html).toContain('data-testid="pod-row"');
    expect(html).toContain('Running');
  });
});

describe('WatchPanel', () => {
  it('shows every row so far and marks the latest', () => {
    const html = renderToStaticMarkup(<WatchPanel rows={seedTrace.watch.slice(0, 3)} />);
    expect(html).toContain('$ kubectl get pod -w');
    expect(html).toContain('Init:1/2');
    expect(html.match(/terminal-latest/g)).toHaveLength(1);
  });
});

describe('LogsPanel', () => {
  const containers = [
    { name: 'init-myservice', kind: 'init' as const },
    { name: 'myapp-container', kind: 'app' as const },
  ];

  it('shows the first container by default, with the kubectl command', () => {
    const html = decode(
      renderToStaticMarkup(
        <LogsPanel containers={containers} logs={seedTrace.logs['myapp-pod']} podName="myapp-pod" />,
      ),
    );
    expect(html).toContain('$ kubectl logs myapp-pod -c init-myservice');
    expect(html).toContain('waiting for myservice');
    expect(html).toContain('init-myservice (init)');
  });

  it('separates restarts and marks stderr', () => {
    const logs = {
      'init-myservice': [
        { t: 1, stream: 'stdout' as const, line: 'one', instance: 0 },
        { t: 2, stream: 'stderr' as const, line: 'boom', instance: 0 },
        { t: 3, stream: 'stdout' as const, line: 'two', instance: 1 },
      ],
    };
    const html = renderToStaticMarkup(<LogsPanel containers={containers} logs={logs} podName="p" />);
    expect(html).toContain('restart 1');
    expect(html).toMatch(/terminal-stderr[^>]*>boom/);
  });
});

describe('LogsPanel: a pod of 10,000 containers', () => {
  it('lists the first containers and offers to find the others by name', () => {
    const containers = Array.from({ length: 10_000 }, (_, i) => ({ name: `c${i}`, kind: 'app' as const }));
    const html = renderToStaticMarkup(<LogsPanel containers={containers} logs={{}} podName="many" />);
    expect(html.match(/<option/g)).toHaveLength(100);
    expect(html).toContain('data-testid="logs-find"');
    expect(html).toContain('Find one of 10,000');
    expect(html).toContain('listing 100 of 10,000 matches');
  });

  it('has no find field for an ordinary pod', () => {
    const html = renderToStaticMarkup(
      <LogsPanel containers={[{ name: 'a', kind: 'app' }]} logs={{}} podName="p" />,
    );
    expect(html).not.toContain('logs-find');
  });
});

describe('EventsPanel', () => {
  it('prints the describe Events table', () => {
    const html = decode(
      renderToStaticMarkup(<EventsPanel events={seedTrace.events} now={10_000} podName="myapp-pod" />),
    );
    expect(html).toContain('$ kubectl describe pod myapp-pod');
    expect(html).toMatch(/Type\s+Reason\s+Age\s+From\s+Message/);
    expect(html).toContain('Successfully assigned default/myapp-pod to node-1');
  });
});

describe('eventRuns', () => {
  it('groups consecutive lines of one kind, so 20,000 events are a few nodes, warnings apart', () => {
    const table = [
      'Events:',
      '  Type     Reason   Age  From     Message',
      '  Normal   Started  1s   kubelet  a',
      '  Normal   Started  1s   kubelet  b',
      '  Warning  BackOff  1s   kubelet  c',
      '  Normal   Pulled   1s   kubelet  d',
      '',
    ].join('\n');
    expect(eventRuns(table).map((r) => [r.warning, r.text.split('\n').length - 1])).toEqual([
      [false, 4],
      [true, 1],
      [false, 1],
    ]);
    expect(
      eventRuns(table)
        .map((r) => r.text)
        .join(''),
    ).toBe(table);
  });
});

describe('EventsPanel: 20,000 events', () => {
  const events = Array.from({ length: 20_000 }, (_, i) => ({
    ...seedTrace.events[1],
    t: 1000 + i,
    message: `Started container c${i}`,
  }));

  it('shows the head and the latest rows, and says how many earlier ones it leaves out', () => {
    const html = decode(renderToStaticMarkup(<EventsPanel events={events} now={30_000} podName="many" />));
    expect(html).toMatch(/Type\s+Reason\s+Age\s+From\s+Message/);
    expect(html).toContain(
      `… ${(20_000 - EVENTS_SHOWN).toLocaleString('en-US')} earlier events not shown here`,
    );
    expect(html).toContain('Started container c19999');
    expect(html).not.toContain('Started container c0\n');
    expect(html.split('\n').length).toBeLessThan(EVENTS_SHOWN + 20);
  });

  it('keeps a short table whole', () => {
    expect(latestRows('Events:                <none>\n')).toEqual({
      head: 'Events:                <none>\n',
      rows: '',
      omitted: 0,
    });
  });
});
