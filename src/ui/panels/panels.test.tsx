import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { seedTrace } from '../test-fixtures/seed.fixture';
import { EventsPanel } from './EventsPanel';
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
