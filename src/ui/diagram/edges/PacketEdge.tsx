// An edge that can carry a packet: a dot travelling along it (a file write into a volume, a read out
// of it, a connection, the hand-off to the next init container). With reduced motion the dot sits
// still at the destination end, so the state still shows without movement.
import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { PacketEdgeData } from '../model';
import { EdgeLabel } from './EdgeLabel';

export function PacketEdge(props: EdgeProps<Edge<PacketEdgeData, 'packet'>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const packet = data?.packet ?? null;
  const [toX, toY] = packet === 'reverse' ? [sourceX, sourceY] : [targetX, targetY];
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={props.markerEnd} style={props.style} interactionWidth={0} />
      <EdgeLabel x={labelX} y={labelY} label={label} padding={[4, 2]} radius={3} />
      {packet &&
        (data?.animate ? (
          <circle r={5} className="packet" data-testid="packet">
            <animateMotion
              dur="1s"
              repeatCount="indefinite"
              path={path}
              keyPoints={packet === 'reverse' ? '1;0' : '0;1'}
              keyTimes="0;1"
              calcMode="linear"
            />
          </circle>
        ) : (
          <circle r={5} className="packet packet-still" cx={toX} cy={toY} data-testid="packet" />
        ))}
    </>
  );
}
