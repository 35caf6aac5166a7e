// kubectl create service clusterip|nodeport NAME --tcp=P:T, create configmap|secret generic NAME
// --from-literal=k=v. (`create -f` is apply-like and lives in apply.ts.)
import { parseFlags } from './argv';
import { encodeBase64 } from '../util/base64';
import { fail, ok, rememberLabels, type CommandOutput, type KubectlContext } from './context';

export function createCommand(words: string[], ctx: KubectlContext): CommandOutput | null {
  const p = parseFlags(words, new Set(['dry-run']), { n: 'namespace' });
  const ns = p.flags.get('namespace')?.at(-1) ?? 'default';
  const [what, sub, name] = p.args;
  const c = ctx.cluster;
  if (what === 'service' || what === 'svc') {
    const types: Record<string, string> = {
      clusterip: 'ClusterIP',
      nodeport: 'NodePort',
      loadbalancer: 'LoadBalancer',
      externalname: 'ExternalName',
    };
    const type = types[sub ?? ''];
    if (!type) return fail(`error: unknown command "${sub ?? ''}" for "kubectl create service"\n`);
    if (!name) return fail('error: exactly one NAME is required, got 0\n');
    if (c.services.has(`${ns}/${name}`))
      return fail(`error: failed to create ${type} service: services "${name}" already exists\n`);
    const tcp = p.flags.get('tcp') ?? [];
    if (tcp.length === 0 && type !== 'ExternalName')
      return fail('error: at least one tcp port specifier must be provided\n');
    const ports = [];
    for (const spec of tcp) {
      const [port, target] = spec.split(':');
      const portNum = Number(port);
      if (!Number.isInteger(portNum) || portNum < 1 || portNum > 65535)
        return fail(`error: invalid port: ${spec}\n`);
      const targetPort = target === undefined ? portNum : /^\d+$/.test(target) ? Number(target) : target;
      ports.push({ name: `${port}-${target ?? port}`, protocol: 'TCP', port: portNum, targetPort });
    }
    c.createService({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: ns, labels: { app: name } },
      spec: {
        type,
        ports,
        selector: type === 'ExternalName' ? undefined : { app: name },
        externalName: p.flags.get('external-name')?.at(-1),
      },
    });
    rememberLabels(c, 'services', ns, name, { app: name });
    return ok(`service/${name} created\n`);
  }
  if ((what === 'configmap' || what === 'cm' || what === 'secret') && name !== undefined) {
    const isSecret = what === 'secret';
    if (isSecret && sub !== 'generic')
      return fail(`error: unknown command "${sub}" for "kubectl create secret"\n`);
    const data: Record<string, string> = {};
    for (const lit of p.flags.get('from-literal') ?? []) {
      const eq = lit.indexOf('=');
      if (eq <= 0) return fail(`error: invalid literal source ${lit}, expected key=value\n`);
      data[lit.slice(0, eq)] = isSecret ? encodeBase64(lit.slice(eq + 1)) : lit.slice(eq + 1);
    }
    const key = `${ns}/${name}`;
    if (isSecret) {
      if (c.secrets.has(key))
        return fail(`error: failed to create secret secrets "${name}" already exists\n`);
      c.secrets.set(key, {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace: ns },
        type: 'Opaque',
        data,
      });
      return ok(`secret/${name} created\n`);
    }
    if (c.configMaps.has(key))
      return fail(`error: failed to create configmap: configmaps "${name}" already exists\n`);
    c.configMaps.set(key, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data });
    return ok(`configmap/${name} created\n`);
  }
  if (what === 'configmap' || what === 'cm') {
    // `kubectl create configmap NAME --from-literal=...` (no sub-command)
    return createCommand([what, '', ...words.slice(1)], ctx);
  }
  return null;
}
