/* eslint-disable require-yield -- every step of a process is a generator; some finish without suspending. */
// What a simulated process can ask of the kernel (as generator yields) and its byte streams. Processes
// are generators: `yield {k:'sleep', ms}` suspends until virtual time has moved on; nothing ever
// blocks the JS thread.

export type Sys =
  /** Sleep in virtual time. Not interruptible (a trapped signal waits until the sleep is over). */
  | { k: 'sleep'; ms: number }
  /** Burn `ms` of virtual CPU (the step budget's time slice); not a real block. */
  | { k: 'cpu'; ms: number }
  /** Wait until `q` is notified. Resumed with 'woken', or 'interrupted' by a trapped signal. */
  | { k: 'block'; q: WaitQueue; interruptible: boolean }
  /** Let other runnable processes go first, at the same virtual time. */
  | { k: 'yield' };

export type Gen<T> = Generator<Sys, T, unknown>;

/** A command that is one system call and then synchronous work (Shell.launch's fast paths): the
 * caller yields `sys`, then calls `finish` for the exit status. */
export interface Staged {
  sys: Sys;
  finish(): number;
}

/** A system call rather than a generator (see Shell.launch). */
export function isSys(run: Sys | Staged | Gen<number>): run is Sys {
  return (run as Sys).k !== undefined;
}

/** Staged work rather than a generator (see Shell.launch). */
export function isStaged(run: Staged | Gen<number>): run is Staged {
  return (run as Staged).finish !== undefined;
}

/** What a process yields when its step count says a 100 ms slice of virtual CPU is used up. */
export const CPU_SLICE: Sys = { k: 'cpu', ms: 100 };

const FINISHED: IteratorReturnResult<void> = Object.freeze({ done: true, value: undefined });

/** A finished step: `yield* DONE` continues at once. Streams whose writes never block do their work
 * when called and return this instead of creating a generator for every write (and its next() does
 * not even allocate a result, unlike a finished generator's). */
export const DONE = {
  next: () => FINISHED,
  return: () => FINISHED,
  throw: (e: unknown) => {
    throw e;
  },
  [Symbol.iterator]() {
    return this;
  },
} as unknown as Gen<void>;

export class WaitQueue {
  private waiters: (() => void)[] = [];
  add(fn: () => void): () => void {
    this.waiters.push(fn);
    return () => {
      this.waiters = this.waiters.filter((w) => w !== fn);
    };
  }
  notify(): void {
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }
}

/** Thrown into a writer when the pipe's read end is gone: the process dies of SIGPIPE (141). */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
  }
}

/** A write failed at the filesystem (ENOSPC, EROFS...): busybox prints `x: write error: ...`. */
export class WriteError extends Error {}

export interface OutStream {
  write(text: string): Gen<void>;
  /** Set on streams that never block: their write does its work when called (and returns DONE), so
   * a caller may call it without iterating the result (see Shell.launch's fast paths). */
  readonly sync?: true;
}

/** A readable stream with a shared buffer, so successive `read` calls on one fd continue where the
 * previous one stopped. */
export class InStream {
  private buf = '';
  private eof = false;
  constructor(private readonly source: () => Gen<string | null>) {}

  static fromText(text: string): InStream {
    let done = false;
    return new InStream(function* () {
      if (done) return null;
      done = true;
      return text;
    });
  }

  static empty(): InStream {
    return InStream.fromText('');
  }

  private *fill(): Gen<boolean> {
    if (this.eof) return false;
    const chunk = yield* this.source();
    if (chunk === null) {
      this.eof = true;
      return false;
    }
    this.buf += chunk;
    return true;
  }

  /** One line including its `\n` (the last line may lack it); null at end of input. */
  *readLine(): Gen<string | null> {
    for (;;) {
      const i = this.buf.indexOf('\n');
      if (i >= 0) {
        const line = this.buf.slice(0, i + 1);
        this.buf = this.buf.slice(i + 1);
        return line;
      }
      if (!(yield* this.fill())) {
        if (this.buf === '') return null;
        const rest = this.buf;
        this.buf = '';
        return rest;
      }
    }
  }

  /** Whatever is available next (at least one byte), or null at end of input. */
  *readChunk(): Gen<string | null> {
    if (this.buf === '' && !(yield* this.fill())) return null;
    const out = this.buf;
    this.buf = '';
    return out;
  }

  *readAll(): Gen<string> {
    while (yield* this.fill());
    const out = this.buf;
    this.buf = '';
    return out;
  }
}

/** A pipe between two processes. Writers block once 64 KiB are unread (like Linux) so `yes | head`
 * stays small; writing after the reader is gone raises BrokenPipe. */
export class Pipe {
  static readonly CAPACITY = 64 * 1024;
  private buf = '';
  private writerOpen = true;
  private readerOpen = true;
  private readonly q = new WaitQueue();
  private readerWaiting = false;

  readonly out: OutStream = { write: (text) => this.write(text) };
  readonly in: InStream = new InStream(() => this.read());

  closeWriter(): void {
    this.writerOpen = false;
    this.q.notify();
  }

  closeReader(): void {
    this.readerOpen = false;
    this.buf = '';
    this.q.notify();
  }

  private *write(text: string): Gen<void> {
    if (!this.readerOpen) throw new BrokenPipe();
    this.buf += text;
    this.q.notify();
    // Hand over to a waiting reader so `yes | head -n 1` ends at once instead of filling the pipe.
    if (this.readerWaiting || this.buf.length >= 4096) yield { k: 'yield' };
    while (this.buf.length > Pipe.CAPACITY && this.readerOpen)
      yield { k: 'block', q: this.q, interruptible: false };
  }

  private *read(): Gen<string | null> {
    while (this.buf === '' && this.writerOpen) {
      this.readerWaiting = true;
      yield { k: 'block', q: this.q, interruptible: false };
      this.readerWaiting = false;
    }
    if (this.buf === '') return null;
    const out = this.buf;
    this.buf = '';
    this.q.notify();
    return out;
  }
}

/** Collects output in memory (command substitution, exec). */
export class CaptureStream implements OutStream {
  readonly sync = true;
  text = '';
  constructor(private readonly limit = 1024 * 1024) {}
  write(text: string): Gen<void> {
    if (this.text.length < this.limit) this.text += text.slice(0, this.limit - this.text.length);
    return DONE;
  }
}

export const NULL_OUT: OutStream = {
  write: () => DONE,
  sync: true,
};
