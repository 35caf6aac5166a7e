import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import type { Frame } from '../../core/trace/frame';
import { seedTrace, status } from '../test-fixtures/seed.fixture';
import { MoreInspect } from './MoreInspect';

const apps = Array.from({ length: 1000 }, (_, i) => ({ name: `c${i}`, image: 'busybox:1.36' }));
const frame: Frame = {
  t: 1000,
  pod: {
    ...seedTrace.snapshots[0],
    name: 'many',
    containerStatuses: apps.slice(0, 500).map((c) => status(c.name, 'app', { reason: 'CrashLoopBackOff' })),
  },
  watch: [],
  events: [],
  logs: {},
  activity: [],
  services: [],
  spinning: {},
};

it('lists the containers the diagram leaves out by state, and says where else to see them', () => {
  const html = renderToStaticMarkup(
    <MoreInspect row="app" inits={[]} apps={apps} podName="many" frame={frame} />,
  ).replace(/<!-- -->/g, '');
  expect(html).toContain('The diagram draws the first 6 of the pod’s 1,000 app containers.');
  expect(html).toContain('kubectl describe pod many');
  expect(html).toContain('Waiting: CrashLoopBackOff (494)');
  expect(html).toContain('not created yet (500)');
  expect(html).toContain('c6, c7, c8');
  expect(html).toContain('… and 470 more');
});
