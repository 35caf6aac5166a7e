import { describe, expect, it } from 'vitest';
import { layoutPod, serviceBox, type Box } from './layout';

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, outer: Box) => a.x >= 0 && a.y >= 0 && a.x + a.w <= outer.w && a.y + a.h <= outer.h;

describe('layoutPod', () => {
  it('puts init containers in a row and app containers in a row below', () => {
    const l = layoutPod(2, 1, [], 0);
    const [i1, i2, app] = l.containers;
    expect(i1.y).toBe(i2.y);
    expect(i2.x).toBeGreaterThan(i1.x);
    expect(app.y).toBeGreaterThan(i1.y + i1.h);
  });

  it('starts app containers at the top without init containers', () => {
    const withInit = layoutPod(1, 1, [], 0);
    const without = layoutPod(0, 1, [], 0);
    expect(without.containers[0].y).toBe(withInit.containers[0].y);
  });

  it('never overlaps boxes and keeps them inside the pod', () => {
    for (const [inits, apps, sidecars, vols] of [
      [0, 1, [], 0],
      [2, 1, [], 0],
      [3, 2, [1], 2],
      [1, 4, [0], 5],
    ] as [number, number, number[], number][]) {
      const l = layoutPod(inits, apps, sidecars, vols);
      const boxes = [...l.containers, ...l.lanes, ...l.volumes, ...(l.gate ? [l.gate] : [])];
      boxes.forEach((a, i) => {
        expect(inside(a, l.pod)).toBe(true);
        boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
      });
    }
  });

  it('runs a sidecar lane from the sidecar to the right edge of the rows', () => {
    const l = layoutPod(2, 2, [0], 1);
    expect(l.lanes[0].x).toBe(l.containers[0].x);
    expect(l.lanes[0].x + l.lanes[0].w).toBeGreaterThanOrEqual(l.containers[3].x + l.containers[3].w);
  });

  it('puts volumes between init and app containers, and the gate above the apps', () => {
    const l = layoutPod(2, 1, [], 1);
    expect(l.volumes[0].y).toBeGreaterThan(l.containers[0].y + l.containers[0].h);
    expect(l.gate!.y).toBeGreaterThan(l.volumes[0].y + l.volumes[0].h);
    expect(l.containers[2].y).toBeGreaterThan(l.gate!.y + l.gate!.h);
    expect(layoutPod(0, 1, [], 1).gate).toBeNull();
  });

  it('puts the localhost band with its port chips under the app containers, inside the pod', () => {
    const l = layoutPod(1, 2, [], 1, 3);
    const band = l.band!;
    expect(band.y).toBeGreaterThan(l.containers[2].y + l.containers[2].h);
    expect(inside(band, l.pod)).toBe(true);
    l.ports.forEach((p, i) => {
      expect(inside(p, band.w ? { ...band, x: 0, y: 0, w: band.x + band.w, h: band.y + band.h } : band)).toBe(
        true,
      );
      if (i) expect(p.x).toBeGreaterThan(l.ports[i - 1].x + l.ports[i - 1].w);
    });
    expect(layoutPod(1, 2, [], 1).band).toBeNull();
  });

  it('stacks services right of the pod', () => {
    const pod = layoutPod(2, 1, [], 0).pod;
    const a = serviceBox(pod, 0);
    const b = serviceBox(pod, 1);
    expect(a.x).toBeGreaterThan(pod.w);
    expect(b.y).toBeGreaterThan(a.y + a.h);
  });
});
