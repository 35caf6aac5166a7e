import { describe, expect, it } from 'vitest';
import { imageInfo } from './index';
import { findImage } from './images';

describe('image tags', () => {
  it.each([
    'busybox:1.28',
    'busybox:1.36.1',
    'busybox:1.37',
    'busybox:1.36-musl',
    'busybox:1.36.1-glibc',
    'busybox:uclibc',
    'busybox:1',
    'alpine:3.20',
    'alpine:3.19.1',
    'nginx:1.27',
    'nginx:1.27.3-alpine',
    'nginx:stable-alpine',
    'nginx:mainline',
    'nginx:alpine-slim',
    'redis:7.4-alpine',
    'httpd:2.4',
    'postgres:16',
    'postgres:16.4-alpine',
    'mysql:8.4',
    'curlimages/curl:8.11.1',
    'alpine/git',
    'alpine/git:v2.47.2',
    'fluent/fluent-bit:3.2',
    'haproxy:3.0-alpine',
    'python:3.12-slim',
    'node:20-alpine',
    'registry.k8s.io/pause:3.10',
  ])('%s exists', (image) => {
    expect(imageInfo(image).exists).toBe(true);
  });

  it.each([
    'busybox:9.99',
    'busybox:1.99',
    'busybox:1.36.9',
    'nginx:99',
    'nginx:1.2',
    'nginx:latestt',
    'alpine:4',
    'python:3.1',
    'redis:9',
    'busybox:1.36-alpine',
    'nosuch/image',
  ])('%s does not exist', (image) => {
    expect(imageInfo(image).exists).toBe(false);
  });

  it('sets the version variable from the tag', () => {
    const env = (image: string, k: string) => findImage(image)?.env.find(([n]) => n === k)?.[1];
    expect(env('nginx:1.25', 'NGINX_VERSION')).toBe('1.25.5');
    expect(env('nginx:1.26.2-alpine', 'NGINX_VERSION')).toBe('1.26.2');
    expect(env('nginx', 'NGINX_VERSION')).toBe('1.29.3');
    expect(env('postgres:16', 'PG_VERSION')).toBe('16.10');
  });
});
