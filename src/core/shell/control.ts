// Non-local control flow inside the interpreter, carried as exceptions through the generators.

export class ExitNow {
  constructor(readonly code: number) {}
}
export class BreakLoop {
  constructor(public levels: number) {}
}
export class ContinueLoop {
  constructor(public levels: number) {}
}
export class ReturnFn {
  constructor(readonly code: number) {}
}
