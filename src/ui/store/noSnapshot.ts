// `virtual:podlab-seed-snapshot` where there is no build (unit tests): no snapshot.
import type { SeedSnapshot } from './seedSnapshot';

const none: SeedSnapshot | null = null;
export default none;
