// React Flow's smooth step edge (the DNS query lines), with a label sized without the DOM (EdgeLabel).
import { BaseEdge, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { EdgeLabel } from './EdgeLabel';

export function StepEdge(props: EdgeProps) {
  const { sourceX, sourceY, targetX, targetY, label, style, markerEnd, markerStart, pathOptions } =
    props as EdgeProps & {
      pathOptions?: { borderRadius?: number; offset?: number; stepPosition?: number };
    };
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition: props.sourcePosition ?? Position.Bottom,
    targetX,
    targetY,
    targetPosition: props.targetPosition ?? Position.Top,
    borderRadius: pathOptions?.borderRadius,
    offset: pathOptions?.offset,
    stepPosition: pathOptions?.stepPosition,
  });
  return (
    <>
      <BaseEdge
        path={path}
        style={style}
        markerEnd={markerEnd}
        markerStart={markerStart}
        interactionWidth={props.interactionWidth}
      />
      <EdgeLabel x={labelX} y={labelY} label={label} padding={[2, 4]} radius={2} />
    </>
  );
}
