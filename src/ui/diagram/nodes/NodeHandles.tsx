// A node's edge handles, drawn from their declaration (handles.ts), which React Flow is given too.
import { Handle } from '@xyflow/react';
import { handleOffset, NODE_HANDLES } from '../handles';

export function NodeHandles({ type }: { type: keyof typeof NODE_HANDLES }) {
  return (NODE_HANDLES[type] ?? []).map((h) => (
    <Handle
      key={h.id}
      type={h.type}
      position={h.position}
      id={h.id}
      className="handle"
      style={handleOffset(h)}
      isConnectable={false}
    />
  ));
}
