import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { SEED_MANIFEST, SEED_SERVICES } from '../store/seed';
import { backOffDelay, captionsAt, narrate } from './narrate';

function run(text: string, until = 120_000, inputs: { t: number; command: string }[] = []) {
  const parsed = parseManifests(text);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return simulate(parsed.objects, inputs, { until, seed: 1 });
}

const CRASH = `apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo hi; exit 1']
`;

describe('narrate', () => {
  it('tells why each init container and the app started', () => {
    const texts = narrate(run(SEED_MANIFEST + SEED_SERVICES), 'en').map((c) => c.text);
    expect(texts).toContain('Pod myapp-pod was created');
    expect(texts).toContain('myapp-pod was scheduled to node-1');
    expect(texts).toContain('init-myservice started');
    expect(texts).toContain('init-myservice completed (exit code 0)');
    expect(texts).toContain('init-mydb started because init-myservice completed');
    expect(texts).toContain('myapp-container started because all init containers completed');
    expect(texts).toContain('myapp-pod is now Running');
    // Causes come after their effects' causes.
    expect(texts.indexOf('init-myservice completed (exit code 0)')).toBeLessThan(
      texts.indexOf('init-mydb started because init-myservice completed'),
    );
  });

  it('narrates in Korean with Kubernetes words kept as they are', () => {
    const texts = narrate(run(SEED_MANIFEST + SEED_SERVICES), 'ko').map((c) => c.text);
    expect(texts).toContain('init-myservice 컨테이너가 완료되어 init-mydb 컨테이너가 시작됨');
    expect(texts).toContain('myapp-pod의 phase가 Running(으)로 바뀜');
  });

  it('tells a CrashLoopBackOff with its back-off delay', () => {
    const captions = narrate(run(CRASH, 60_000), 'en');
    const texts = captions.map((c) => c.text);
    expect(texts).toContain('myapp-container exited: Error (exit code 1)');
    expect(texts).toContain('the kubelet restarted myapp-container (restart 1)');
    expect(texts).toContain('myapp-container started');
    expect(texts).toContain('myapp-container is waiting: CrashLoopBackOff, back-off 10s');
    expect(texts).toContain('myapp-container is waiting: CrashLoopBackOff, back-off 20s');
    const ko = narrate(run(CRASH, 60_000), 'ko').map((c) => c.text);
    expect(ko).toContain('myapp-container 컨테이너 대기 중: CrashLoopBackOff, back-off 20s');
  });

  it('tells Services created from the console', () => {
    const trace = run(SEED_MANIFEST, 60_000, [
      { t: 20_000, command: 'kubectl create service clusterip myservice --tcp=80:9376' },
    ]);
    expect(narrate(trace, 'en')).toContainEqual({ t: 20_000, text: 'Service myservice was created' });
  });

  it('keeps captions in time order', () => {
    const captions = narrate(run(CRASH, 60_000), 'en');
    const times = captions.map((c) => c.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('captionsAt', () => {
  const captions = [
    { t: 0, text: 'a' },
    { t: 0, text: 'b' },
    { t: 500, text: 'c' },
  ];
  it('gives every caption of the latest moment at or before t', () => {
    expect(captionsAt(captions, 100)).toEqual({ at: 0, lines: ['a', 'b'] });
    expect(captionsAt(captions, 500)).toEqual({ at: 500, lines: ['c'] });
    expect(captionsAt([], 500)).toEqual({ at: null, lines: [] });
  });
});

describe('backOffDelay', () => {
  it('reads the delay from the kubelet message', () => {
    expect(backOffDelay('back-off 2m40s restarting failed container=app pod=p_default(uid)')).toBe('2m40s');
    expect(backOffDelay(null)).toBeNull();
  });
});
