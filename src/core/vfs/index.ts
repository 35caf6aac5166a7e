// Public surface of the virtual filesystem.
export { createVolume, listFiles, DEFAULT_VOLUME_LIMIT_BYTES } from './volume';
export type { Volume, Mount } from './volume';
export { Filesystem, FsError, errnoText, MAX_FILE_BYTES } from './filesystem';
export type { Errno, StatResult } from './filesystem';
export { normalizePath, basename, dirname, splitPath } from './path';
export { newDir, newFile, populate, cloneTree, byteLength } from './tree';
export type { DirNode, FileNode, FsNode } from './tree';
