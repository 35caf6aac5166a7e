// Where things sit. Every position derives from the spec alone (container order, volume order,
// service slot), never from state, so nothing moves while time plays.

export const POD_PAD = 28;
export const POD_HEADER = 100;
export const CONTAINER_W = 250;
export const CONTAINER_H = 140;
export const CONTAINER_GAP = 70;
export const LANE_H = 22;
export const VOLUME_W = 200;
export const VOLUME_H = 60;
export const VOLUME_GAP = 36;
export const ROW_GAP = 64;
export const GATE_H = 26;
export const GATE_MARGIN = 22;
export const SERVICE_W = 210;
export const SERVICE_H = 76;
export const SERVICE_GAP = 24;
export const SERVICE_MARGIN = 90;
export const BAND_H = 44;
export const BAND_GAP = 40;
export const BAND_LABEL_W = 96;
export const PORT_W = 132;
export const PORT_H = 30;
export const PORT_GAP = 12;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PodLayout {
  pod: Box;
  containers: Box[]; // init containers first, then app containers, in spec order
  lanes: Box[]; // one per sidecar, under the container row
  volumes: Box[];
  /** The "then" band between init and app containers; null without init containers. */
  gate: Box | null;
  /** The localhost band under the app containers; null when no port is ever used. */
  band: Box | null;
  /** One chip per port slot, inside the band. */
  ports: Box[];
}

/**
 * Rows, so the drawing fits a landscape pane at a readable zoom and no edge crosses a container:
 * init containers (sidecars included) left to right on top, a lane under each sidecar (it keeps
 * running beside everything that starts after it), the volumes, a "then" gate, the app containers.
 * Init containers mount downwards, app containers upwards.
 */
export function layoutPod(
  initCount: number,
  appCount: number,
  sidecarIndexes: number[],
  volumeCount: number,
  portCount = 0,
): PodLayout {
  const rowBoxes = (count: number, y: number) =>
    Array.from({ length: count }, (_, i) => ({
      x: POD_PAD + i * (CONTAINER_W + CONTAINER_GAP),
      y,
      w: CONTAINER_W,
      h: CONTAINER_H,
    }));
  const rowRight = (count: number) =>
    count ? POD_PAD + count * (CONTAINER_W + CONTAINER_GAP) - CONTAINER_GAP : 0;
  const volRight = volumeCount ? POD_PAD + volumeCount * (VOLUME_W + VOLUME_GAP) - VOLUME_GAP : 0;
  const widest = Math.max(
    rowRight(initCount),
    rowRight(appCount),
    volRight,
    POD_PAD + 2 * CONTAINER_W + CONTAINER_GAP,
    portCount ? POD_PAD + BAND_LABEL_W + portCount * (PORT_W + PORT_GAP) : 0,
  );

  let y = POD_HEADER;
  const inits = rowBoxes(initCount, y);
  if (initCount) y += CONTAINER_H;
  const lanes = sidecarIndexes.map((i) => {
    const lane = { x: inits[i].x, y: y + 12, w: widest - inits[i].x, h: LANE_H };
    y = lane.y + LANE_H;
    return lane;
  });
  let volumes: Box[] = [];
  if (volumeCount) {
    if (initCount) y += ROW_GAP;
    volumes = Array.from({ length: volumeCount }, (_, i) => ({
      x: POD_PAD + i * (VOLUME_W + VOLUME_GAP),
      y,
      w: VOLUME_W,
      h: VOLUME_H,
    }));
    y += VOLUME_H;
  }
  let gate: Box | null = null;
  if (initCount) {
    gate = { x: POD_PAD, y: y + GATE_MARGIN, w: widest - POD_PAD, h: GATE_H };
    y = gate.y + GATE_H + GATE_MARGIN;
  } else if (volumeCount) {
    y += ROW_GAP;
  }
  const apps = rowBoxes(appCount, y);
  if (appCount) y += CONTAINER_H;
  let band: Box | null = null;
  const ports: Box[] = [];
  if (portCount) {
    band = { x: POD_PAD, y: y + BAND_GAP, w: widest - POD_PAD, h: BAND_H };
    for (let i = 0; i < portCount; i++)
      ports.push({
        x: band.x + BAND_LABEL_W + i * (PORT_W + PORT_GAP),
        y: band.y + (BAND_H - PORT_H) / 2,
        w: PORT_W,
        h: PORT_H,
      });
    y = band.y + BAND_H;
  }
  return {
    pod: { x: 0, y: 0, w: widest + POD_PAD, h: y + POD_PAD },
    containers: [...inits, ...apps],
    lanes,
    volumes,
    gate,
    band,
    ports,
  };
}

/** Services stack in a column right of the pod, one fixed slot each. */
export function serviceBox(pod: Box, slot: number): Box {
  return {
    x: pod.x + pod.w + SERVICE_MARGIN,
    y: pod.y + POD_HEADER + slot * (SERVICE_H + SERVICE_GAP),
    w: SERVICE_W,
    h: SERVICE_H,
  };
}
