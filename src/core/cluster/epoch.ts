/** Virtual wall clock at t=0: 2026-01-01 10:00:00 UTC (what `date` in a container prints from). */
export const EPOCH_MS = 1767261600000;
