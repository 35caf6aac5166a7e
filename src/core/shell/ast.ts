// The syntax tree of the busybox-ash-compatible shell language we interpret.

/** One piece of a word. `quoted` parts are not field-split or globbed. */
export type WordPart =
  | { t: 'lit'; v: string; quoted: boolean }
  | { t: 'param'; name: string; op: ParamOp | null; arg: Word | null; quoted: boolean }
  | { t: 'cmdsub'; body: ListNode; quoted: boolean }
  | { t: 'arith'; expr: Word; quoted: boolean };

/** `${x:-w}`, `${x-w}`, `${x:=w}`, `${x:+w}`, `${x:?w}`, `${#x}`, `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}` */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | 'len' | '#' | '##' | '%' | '%%';

export interface Word {
  parts: WordPart[];
}

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '<<' | '<<-' | '<>' | '>|';

export interface Redir {
  fd: number;
  op: RedirOp;
  target: Word;
  /** Here-document body (already parsed into parts unless the delimiter was quoted). */
  heredoc?: Word;
}

export interface SimpleNode {
  t: 'simple';
  assigns: { name: string; value: Word }[];
  words: Word[];
  redirs: Redir[];
  line: number;
}

export interface PipelineNode {
  t: 'pipeline';
  cmds: CommandNode[];
  bang: boolean;
}

export interface AndOrNode {
  t: 'andor';
  first: PipelineNode;
  rest: { op: '&&' | '||'; node: PipelineNode }[];
}

export interface ListNode {
  t: 'list';
  items: { node: AndOrNode; bg: boolean }[];
}

export interface IfNode {
  t: 'if';
  clauses: { cond: ListNode; body: ListNode }[];
  elseBody: ListNode | null;
  redirs: Redir[];
}

export interface LoopNode {
  t: 'loop';
  until: boolean;
  cond: ListNode;
  body: ListNode;
  redirs: Redir[];
}

export interface ForNode {
  t: 'for';
  name: string;
  words: Word[] | null;
  body: ListNode;
  redirs: Redir[];
}

export interface CaseNode {
  t: 'case';
  word: Word;
  items: { patterns: Word[]; body: ListNode | null }[];
  redirs: Redir[];
}

export interface GroupNode {
  t: 'group' | 'subshell';
  body: ListNode;
  redirs: Redir[];
}

export interface FuncNode {
  t: 'func';
  name: string;
  body: CommandNode;
}

export type CommandNode = SimpleNode | IfNode | LoopNode | ForNode | CaseNode | GroupNode | FuncNode;
