#!/usr/bin/env node
// Generates the Kubernetes JSON schema PodLab uses, from kubernetes-types (1.30 .d.ts files with doc
// comments) via ts-json-schema-generator. Rerunnable: `node scripts/gen-schema.mjs`.
//
// Outputs (both committed):
//   src/core/manifest/k8s-schema.json         full schema with descriptions, for the Monaco editor
//                                             (monaco-yaml completion, hover, unknown-key markers)
//   src/core/manifest/k8s-decode-schema.json  the same without descriptions, for strict decoding in
//                                             the core (small enough to ship in the main bundle)
//
// Hand edits on top of the generated types (K8s enums are plain strings in the .d.ts files):
// enums, Quantity accepting numbers, an InitContainer definition whose restartPolicy may only be
// "Always", and a few fields newer than 1.30.
import { createGenerator } from 'ts-json-schema-generator';
import * as prettier from 'prettier';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/core/manifest');
const KINDS = ['Pod', 'Service', 'ConfigMap', 'Secret'];

const generator = createGenerator({
  path: join(root, 'node_modules/kubernetes-types/core/v1.d.ts'),
  type: 'Pod',
  expose: 'all',
  topRef: true,
  skipTypeCheck: true,
  jsDoc: 'extended',
});

const definitions = {};
for (const kind of KINDS) {
  const schema = generator.createSchema(kind);
  for (const [name, def] of Object.entries(schema.definitions)) {
    if (definitions[name] && JSON.stringify(definitions[name]) !== JSON.stringify(def)) {
      throw new Error(`definition ${name} differs between kinds`);
    }
    definitions[name] = def;
  }
}

/** Sets an enum on definitions[defName].properties[prop], keeping its description. */
function setEnum(defName, prop, values, note) {
  const target = definitions[defName]?.properties?.[prop];
  if (!target) throw new Error(`no ${defName}.${prop}`);
  delete target.type;
  target.enum = values;
  if (note) target.description = `${target.description ?? ''}\n\n${note}`.trim();
}

setEnum('Container', 'imagePullPolicy', ['Always', 'IfNotPresent', 'Never']);
setEnum('EphemeralContainer', 'imagePullPolicy', ['Always', 'IfNotPresent', 'Never']);
setEnum('Container', 'terminationMessagePolicy', ['File', 'FallbackToLogsOnError']);
setEnum('EphemeralContainer', 'terminationMessagePolicy', ['File', 'FallbackToLogsOnError']);
setEnum('PodSpec', 'restartPolicy', ['Always', 'OnFailure', 'Never']);
setEnum('PodSpec', 'dnsPolicy', ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']);
setEnum('PodSpec', 'preemptionPolicy', ['PreemptLowerPriority', 'Never']);
setEnum('ContainerPort', 'protocol', ['TCP', 'UDP', 'SCTP']);
setEnum('ServicePort', 'protocol', ['TCP', 'UDP', 'SCTP']);
setEnum('ServiceSpec', 'type', ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
setEnum('ServiceSpec', 'sessionAffinity', ['None', 'ClientIP']);
setEnum('ServiceSpec', 'externalTrafficPolicy', ['Cluster', 'Local']);
setEnum('ServiceSpec', 'internalTrafficPolicy', ['Cluster', 'Local']);
setEnum('ServiceSpec', 'ipFamilyPolicy', ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
setEnum('EmptyDirVolumeSource', 'medium', ['', 'Memory', 'HugePages']);
setEnum('HTTPGetAction', 'scheme', ['HTTP', 'HTTPS']);
setEnum('ContainerResizePolicy', 'restartPolicy', ['NotRequired', 'RestartContainer']);
setEnum('Toleration', 'operator', ['Exists', 'Equal']);
setEnum('Toleration', 'effect', ['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

// Kubernetes v1.34: restartPolicy on an app container is silently dropped (gate ContainerRestartRules
// off), so the key is accepted but has no effect. On an init container only "Always" (native sidecar).
const appRestart = definitions.Container.properties.restartPolicy;
appRestart.description =
  'Kubernetes v1.34 silently drops this field on app containers (it only has a meaning on init containers, ' +
  'where "Always" makes a native sidecar).';
const init = structuredClone(definitions.Container);
init.description = `${init.description ?? ''}\n\nAn init container. With restartPolicy: Always it is a native sidecar.`;
init.properties.restartPolicy.enum = ['Always'];
delete init.properties.restartPolicy.type;
init.properties.restartPolicy.description =
  'Always makes this init container a native sidecar: it keeps running (and is restarted) while the app ' +
  'containers run, and the next init container starts as soon as it has started.';
definitions.InitContainer = init;
definitions.PodSpec.properties.initContainers.items = { $ref: '#/definitions/InitContainer' };

// Quantity: `cpu: 1` and `memory: 1e9` are valid YAML for the API server (numbers are parsed).
definitions.Quantity.type = ['string', 'number'];

// Lifecycle.stopSignal (1.33+, gate off in 1.34: accepted and dropped).
definitions.Lifecycle.properties.stopSignal = {
  type: 'string',
  description:
    'StopSignal defines which signal will be sent to a container when it is being stopped (alpha, ignored in v1.34).',
};

// Monaco / monaco-yaml: one schema for the whole stream, switching on `kind`.
const full = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://podlab.local/k8s-schema.json',
  title: 'Kubernetes v1 object (Pod, Service, ConfigMap, Secret)',
  oneOf: KINDS.map((k) => ({ $ref: `#/definitions/${k}` })),
  definitions,
};

/** A copy without descriptions: what the strict decoder needs (keys, types, refs). */
function stripDocs(node, keysAreNames = false) {
  if (Array.isArray(node)) return node.map((n) => stripDocs(n));
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      // Keys under `properties` / `definitions` are field names, not keywords: always keep them.
      if (!keysAreNames && (k === 'description' || k === 'markdownDescription')) continue;
      out[k] = keysAreNames ? stripDocs(v) : stripDocs(v, k === 'properties' || k === 'definitions');
    }
    return out;
  }
  return node;
}

// Written through prettier so that `prettier --check` and reruns of this script agree byte for byte.
async function writeJson(file, value) {
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(value), { ...config, filepath: file }));
}

await writeJson(join(outDir, 'k8s-schema.json'), full);
const decode = stripDocs({ kinds: Object.fromEntries(KINDS.map((k) => [k, k])), definitions });
await writeJson(join(outDir, 'k8s-decode-schema.json'), decode);
console.log(
  `wrote k8s-schema.json and k8s-decode-schema.json (${Object.keys(definitions).length} definitions)`,
);
