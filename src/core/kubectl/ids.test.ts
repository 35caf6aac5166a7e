import { describe, expect, it } from 'vitest';
import { containerId, imageId, imageRepository } from './ids';

describe('runtime IDs', () => {
  it('gives each container run its own 64-hex containerd ID, deterministically', () => {
    const a = containerId('uid-1', 'app', 0);
    expect(a).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(containerId('uid-1', 'app', 0)).toBe(a);
    expect(containerId('uid-1', 'app', 1)).not.toBe(a);
  });
  it('names images by their full repository, digest by image', () => {
    expect(imageRepository('busybox:1.28')).toBe('docker.io/library/busybox');
    expect(imageRepository('bitnami/nginx')).toBe('docker.io/bitnami/nginx');
    expect(imageRepository('registry.k8s.io/pause:3.10')).toBe('registry.k8s.io/pause');
    expect(imageId('busybox:1.28')).toMatch(/^docker\.io\/library\/busybox@sha256:[0-9a-f]{64}$/);
    expect(imageId('busybox:1.28')).toBe(imageId('busybox:1.28'));
    expect(imageId('busybox:1.28')).not.toBe(imageId('busybox:1.36'));
    expect(imageId('nginx')).toBe(imageId('nginx:latest'));
  });
});
