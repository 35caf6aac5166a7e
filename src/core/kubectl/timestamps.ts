// The virtual wall clock as kubectl prints it. A module of its own (no cluster, no kubelet) so the
// page's console can format watch and log streams without loading the simulator.
import { EPOCH_MS } from '../cluster/epoch';
import { civil } from '../shell/applets/clock';

/** RFC 3339 with nanoseconds, as `kubectl logs --timestamps` prints the virtual wall clock. */
export function rfc3339Nano(ms: number): string {
  const c = civil(EPOCH_MS + ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const frac = String((EPOCH_MS + ms) % 1000).padStart(3, '0');
  return `${c.year}-${p2(c.month)}-${p2(c.day)}T${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}.${frac}000000Z`;
}
