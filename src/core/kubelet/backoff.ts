// The kubelet's crash-loop back-off (client-go flowcontrol.Backoff as used by doBackOff),
// semantics spec section 9.2. Keyed by container name + image, so an image change resets it.
import type { Millis } from '../trace/types';

export const INITIAL_BACKOFF: Millis = 10_000;
export const MAX_BACKOFF: Millis = 300_000;

interface Entry {
  backoff: Millis;
  lastUpdate: Millis;
}

export class RestartBackoff {
  private entries = new Map<string, Entry>();

  constructor(
    private initial = INITIAL_BACKOFF,
    private max = MAX_BACKOFF,
  ) {}

  private expired(e: Entry, eventTime: Millis) {
    return eventTime - e.lastUpdate > 2 * this.max;
  }

  /** The current window if a restart after an exit at `finishedAt` must still wait at `now`. */
  blockedFor(key: string, finishedAt: Millis, now: Millis): Millis | null {
    const e = this.entries.get(key);
    if (!e || this.expired(e, finishedAt)) return null;
    return now - finishedAt < e.backoff ? e.backoff : null;
  }

  /** Records a restart at `now` of an instance that exited at `finishedAt`. */
  next(key: string, finishedAt: Millis, now: Millis): void {
    const e = this.entries.get(key);
    if (!e || this.expired(e, finishedAt)) this.entries.set(key, { backoff: this.initial, lastUpdate: now });
    else {
      e.backoff = Math.min(2 * e.backoff, this.max);
      e.lastUpdate = now;
    }
  }
}
