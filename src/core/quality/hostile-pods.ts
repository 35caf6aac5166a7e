// Builders for the hostile inputs the quality tests throw at the core (and the browser tests reuse).
// Test-only helpers, kept out of the production bundle because only tests import them.

/** A one-container busybox pod running `script` with `sh -c`, optionally with an emptyDir at /shared. */
export function scriptPod(script: string, opts: { name?: string; sharedVolume?: boolean } = {}): string {
  const mount = opts.sharedVolume
    ? `    volumeMounts:\n    - name: shared\n      mountPath: /shared\n  volumes:\n  - name: shared\n    emptyDir: {}\n`
    : '';
  return (
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${opts.name ?? 'hostile'}\nspec:\n  containers:\n` +
    `  - name: c\n    image: busybox:1.36\n    command: ['sh', '-c', ${JSON.stringify(script)}]\n${mount}`
  );
}

/** A YAML "billion laughs": ten levels of nine aliases each. */
export function aliasBomb(): string {
  const level = (i: number) => String.fromCharCode(97 + i);
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `${level(i)}: &${level(i)} [${Array(9)
        .fill('*' + level(i - 1))
        .join(',')}]`,
    );
  return lines.join('\n') + '\n';
}

export function podWithContainers(n: number): string {
  const containers = Array.from({ length: n }, (_, i) => `  - name: c${i}\n    image: busybox:1.36\n`).join(
    '',
  );
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\nspec:\n  containers:\n${containers}`;
}

export function hugeDocument(bytes: number): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: huge\n  annotations:\n    big: "${'x'.repeat(bytes)}"\nspec:\n  containers:\n  - name: c\n    image: busybox:1.36\n`;
}

export const nestedBrackets = (depth: number) => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;

/** Text a learner may paste that must only ever be shown as text. */
export const HOSTILE_TEXT =
  '<script>alert(1)</script><img src=x onerror=alert(2)> \u001b[31mred\u001b[0m &amp;';
