// The core in the page itself: only for environments without Web Workers (loaded lazily).
import { parseManifests } from '../../core/manifest/parse';
import { simulate } from '../../core/simulate';
import { eventTimes } from '../../core/trace/frame';
import { localEngine } from './engine';

export const pageEngine = localEngine({ parse: parseManifests, simulate, eventTimes });
