// The diagram with what it needs from the whole trace (port slots, activity) and the inspect panel
// of the selected node.
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import type { Pod } from 'kubernetes-types/core/v1';
import type { ManifestObject } from '../../core/manifest/types';
import type { Frame } from '../../core/trace/frame';
import { usePlayground } from '../store';
import { Diagram, inspectable } from './Diagram';
import type { DiagramFrame } from './model';
import { portSlots } from './network';

const NONE: never[] = [];
// The inspect panels load with the first node opened.
const InspectPanel = lazy(() => import('../inspect/InspectPanel').then((m) => ({ default: m.InspectPanel })));

interface Props {
  objects: readonly ManifestObject[];
  frame: Frame | null;
  selected: string | null;
  onSelect(id: string | null): void;
}

export function DiagramStage({ objects, frame, selected, onSelect }: Props) {
  const trace = usePlayground((s) => s.trace);
  // Details open on a click in the diagram, not when the editor's cursor selects a node (typing
  // would keep opening the panel); they close when the selection moves on.
  const [clicked, setClicked] = useState<string | null>(null);
  // Opened from the keyboard: the panel takes the focus (and gives it back to the node on close).
  const [byKeyboard, setByKeyboard] = useState(false);
  const inspected = clicked !== null && clicked === selected ? clicked : null;
  const inspecting = !!inspected && inspectable(inspected);
  const select = (id: string | null, via: 'pointer' | 'keyboard' = 'pointer') => {
    setClicked(id);
    setByKeyboard(via === 'keyboard');
    onSelect(id);
  };
  const close = () => {
    const hadFocus = document.activeElement?.closest('[data-testid="inspect"]');
    select(null);
    if (hadFocus && inspected)
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(inspected)}"]`)?.focus();
  };
  const podObj = objects.find((o) => o.kind === 'Pod');
  const computedPorts = useMemo(() => {
    const spec = (podObj?.object as Pod | undefined)?.spec;
    if (!podObj || !spec) return NONE;
    return portSlots(
      podObj.name,
      [...(spec.initContainers ?? []), ...spec.containers],
      trace?.activity ?? NONE,
    );
  }, [podObj, trace]);
  // The same slots from a new trace (most edits, an early trace's whole run) are the same object.
  const lastPorts = useRef({ computed: computedPorts, kept: computedPorts });
  if (lastPorts.current.computed !== computedPorts) {
    const same = JSON.stringify(lastPorts.current.kept) === JSON.stringify(computedPorts);
    lastPorts.current = { computed: computedPorts, kept: same ? lastPorts.current.kept : computedPorts };
  }
  const ports = lastPorts.current.kept;
  // Activity is read up to the frame's time only, so the frame (which stays the same object when a
  // whole run replaces its early answer) says when it must be read again, not the trace.
  const activity = useRef(trace?.activity ?? NONE);
  activity.current = trace?.activity ?? NONE;
  const diagramFrame = useMemo<DiagramFrame>(
    () => ({
      t: frame?.t ?? 0,
      pod: frame?.pod ?? null,
      activity: frame?.activity ?? NONE,
      services: frame?.services ?? NONE,
      events: frame?.events ?? NONE,
      ports,
      allActivity: activity.current,
      spinning: frame?.spinning,
    }),
    [frame, ports],
  );
  return (
    <>
      <Diagram
        objects={objects}
        frame={diagramFrame}
        selected={selected}
        onSelect={select}
        narrowed={inspecting}
      />
      {inspected && (
        <Suspense fallback={null}>
          <InspectPanel
            objects={objects}
            trace={trace}
            frame={frame}
            selected={inspected}
            takeFocus={byKeyboard}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
