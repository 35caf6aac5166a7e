// Modules the build generates (see src/ui/store/seedSnapshotPlugin.ts).
declare module 'virtual:podlab-seed-snapshot' {
  const snapshot: import('./seedSnapshot').SeedSnapshot | null;
  export default snapshot;
}
