export function crashLoopingPod(n: number): string;
export function loggingPod(n: number): string;
