import { describe, expect, it } from 'vitest';
import schema from './k8s-schema.json';

type Def = {
  properties?: Record<string, { enum?: unknown[]; type?: unknown; items?: { $ref?: string } }>;
  additionalProperties?: unknown;
};
const defs = (schema as unknown as { definitions: Record<string, Def> }).definitions;

describe('generated k8s-schema.json', () => {
  it('switches on the four kinds', () => {
    expect(schema.oneOf.map((o) => o.$ref)).toEqual([
      '#/definitions/Pod',
      '#/definitions/Service',
      '#/definitions/ConfigMap',
      '#/definitions/Secret',
    ]);
  });
  it('rejects unknown keys and documents fields', () => {
    expect(defs.Container.additionalProperties).toBe(false);
    expect(JSON.stringify(defs.Container.properties!.image)).toContain('description');
  });
  it('has the hand-written enums', () => {
    expect(defs.Container.properties!.imagePullPolicy.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(defs.PodSpec.properties!.restartPolicy.enum).toEqual(['Always', 'OnFailure', 'Never']);
    expect(defs.InitContainer.properties!.restartPolicy.enum).toEqual(['Always']);
    expect(defs.PodSpec.properties!.initContainers.items!.$ref).toBe('#/definitions/InitContainer');
    expect(defs.ContainerPort.properties!.protocol.enum).toEqual(['TCP', 'UDP', 'SCTP']);
    expect(defs.ServiceSpec.properties!.type.enum).toContain('NodePort');
  });
  it('Quantity accepts numbers', () => {
    expect((defs.Quantity as { type: string[] }).type).toEqual(['string', 'number']);
  });
});
