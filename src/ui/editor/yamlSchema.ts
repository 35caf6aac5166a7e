// monaco-yaml settings for PodLab: everything offline, the Kubernetes schema bundled.
import type { JSONSchema, MonacoYamlOptions } from 'monaco-yaml';
import { MODEL_URI } from './editorOptions';

/** Shown nowhere (hoverSchemaSource is off) and never fetched (enableSchemaRequest is off). */
export const SCHEMA_URI = 'https://podlab.local/k8s-schema.json';

export function monacoYamlOptions(schema: JSONSchema): MonacoYamlOptions {
  return {
    // No network: the schema travels in the bundle, `$ref`s are all local (`#/definitions/...`).
    enableSchemaRequest: false,
    validate: true,
    completion: true,
    hover: true,
    format: { enable: true, singleQuote: false, bracketSpacing: true, printWidth: 110 },
    // The schema URI is an internal name, not a page worth linking in every hover.
    hoverSchemaSource: false,
    indentation: '  ',
    yamlVersion: '1.2',
    schemas: [
      { uri: SCHEMA_URI, fileMatch: [MODEL_URI, '**/pod.yaml'], schema: withDefinitionTitles(schema) },
    ],
  };
}

/**
 * A copy of the schema where every definition without a title is titled by its name. monaco-yaml
 * heads each hover with the closest title; without these, hovering `image` would say "Kubernetes v1
 * object (Pod, Service, ...)" (the root's title) instead of "Container".
 */
export function withDefinitionTitles(schema: JSONSchema): JSONSchema {
  if (!schema.definitions) return schema;
  const definitions: Record<string, JSONSchema> = {};
  for (const [name, definition] of Object.entries(schema.definitions)) {
    definitions[name] = definition.title === undefined ? { ...definition, title: name } : definition;
  }
  return { ...schema, definitions };
}
