// The console's behaviour: typing, history, completion, Ctrl+C/Ctrl+L, shell sessions, and turning
// each command into a store input whose answer comes from the recomputed trace.
import { useCallback, useEffect, useRef, useState } from 'react';
import { EDITOR_FILE } from '../../core/kubectl/context';
import { streamOf } from '../../core/kubectl/stream';
import { splitCommandLine } from '../../core/kubectl/argv';
import { useT } from '../i18n';
import { playground, usePlayground } from '../store';
import { actionFor } from './actions';
import { complete } from './complete';
import { completionData } from './completionData';
import { busyEntry, newEntry, streamLines, type Entry } from './entries';
import { heredocOpen, splitConsoleInput } from './heredoc';
import { shellLineCommand, shellSessionOf, withoutNotice, type ShellSession } from './shell';

const PROMPT = '$ ';

/** `-f pod.yaml` names the editor's text: it travels as the command's stdin. */
function readsEditorFile(command: string): boolean {
  const { argv } = splitCommandLine(command);
  return (
    argv.some((w, i) => (w === '-f' || w === '--filename') && argv[i + 1] === EDITOR_FILE) ||
    argv.includes(`--filename=${EDITOR_FILE}`) ||
    argv.includes(`-f=${EDITOR_FILE}`)
  );
}

export function useConsole() {
  const t = useT();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [shell, setShell] = useState<ShellSession | null>(null);
  const history = useRef<string[]>([]);
  const cursor = useRef(0);
  const trace = usePlayground((s) => s.trace);
  const inputs = usePlayground((s) => s.inputs);

  // Answers arrive with the trace that includes their input; freeze them then.
  useEffect(() => {
    if (!trace) return;
    setEntries((list) => {
      let changed = false;
      const next = list.map((e) => {
        if (!e.input || (e.resolved && !e.returnUnknown)) return e;
        const action = actionFor(trace, inputs, e.input);
        if (!action) return e;
        const waits = action.doneAt === null || (action.doneAt !== undefined && action.doneAt > action.t);
        const waitUntil = waits ? action.doneAt : undefined;
        // An early, partial trace may not reach the time a waiting command returns: the whole one tells.
        const returnUnknown = action.doneAt === null && trace.complete !== undefined;
        if (e.resolved) {
          if (returnUnknown) return e;
          changed = true;
          return { ...e, waitUntil, returnUnknown: false };
        }
        changed = true;
        const stderr = e.inShell
          ? withoutNotice(action.stderr).replace(/command terminated with exit code \d+\n$/, '')
          : action.stderr;
        return { ...e, resolved: true, stdout: action.stdout, stderr, waitUntil, returnUnknown };
      });
      return changed ? next : list;
    });
  }, [trace, inputs]);

  // An `exec -it -- sh` that answered without error opens its shell.
  useEffect(() => {
    const last = entries.at(-1);
    if (last?.opens && last.resolved && !/error|Error/.test(withoutNotice(last.stderr))) {
      const session = last.opens;
      setShell(session);
      const note = t('console.shellOpened', { pod: session.pod, container: session.container || '…' });
      setEntries((list) => list.map((e) => (e.id === last.id ? { ...e, opens: null, note } : e)));
    } else if (last?.opens && last.resolved) {
      setEntries((list) => list.map((e) => (e.id === last.id ? { ...e, opens: null } : e)));
    }
  }, [entries, t]);

  const append = (e: Entry) => setEntries((list) => [...list, e]);

  const run = useCallback(
    (text: string) => {
      const store = playground.getState();
      if (text.trim()) {
        history.current = [...history.current.filter((h) => h !== text), text];
      }
      cursor.current = history.current.length;
      if (shell) {
        const cmd = text.trim();
        if (cmd === 'exit') {
          setShell(null);
          append(newEntry({ prompt: shell.prompt, typed: text }));
          return;
        }
        if (!cmd) return append(newEntry({ prompt: shell.prompt, typed: '' }));
        const input = store.addInput(shellLineCommand(shell, cmd));
        append(newEntry({ prompt: shell.prompt, typed: text, input, resolved: false, inShell: true }));
        return;
      }
      const commands = splitConsoleInput(text);
      if (commands.length === 0) return append(newEntry({ prompt: PROMPT, typed: '' }));
      for (const c of commands) {
        if (c.command === 'clear') {
          setEntries([]);
          continue;
        }
        const stdin = c.stdin ?? (readsEditorFile(c.command) ? store.text : undefined);
        const input = store.addInput(c.command, stdin);
        const typed = c.stdin !== undefined && text.includes('\n') ? text.trim() : c.command;
        append(
          newEntry({
            prompt: PROMPT,
            typed,
            input,
            resolved: false,
            stream: streamOf(c.command),
            opens: shellSessionOf(c.command),
          }),
        );
      }
    },
    [shell],
  );

  /** Ctrl+C: stop a stream (freezing what it printed), or abandon the line being typed. */
  const interrupt = useCallback(() => {
    const s = playground.getState();
    setEntries((list) => {
      const running = busyEntry(list, s.t);
      if (running) {
        const streamed = streamLines(running, s.trace, s.t);
        return list.map((e) =>
          e.id === running.id ? { ...e, stoppedAt: s.t, streamed: [...streamed, '^C'] } : e,
        );
      }
      return [...list, newEntry({ prompt: shell?.prompt ?? PROMPT, typed: `${line}^C` })];
    });
    setLine('');
  }, [line, shell]);

  const clear = useCallback(
    () => setEntries((list) => list.filter((e) => e === busyEntry(list, playground.getState().t))),
    [],
  );

  const historyStep = useCallback((delta: -1 | 1) => {
    const h = history.current;
    const next = Math.max(0, Math.min(h.length, cursor.current + delta));
    cursor.current = next;
    setLine(next === h.length ? '' : h[next]);
  }, []);

  const tab = useCallback(() => {
    if (shell) return;
    const s = playground.getState();
    const r = complete(line, completionData(s.trace, s.objects, s.t));
    setLine(r.line);
    if (r.options.length > 0) append(newEntry({ prompt: PROMPT, typed: line, note: r.options.join('  ') }));
  }, [line, shell]);

  return {
    entries,
    line,
    setLine,
    shell,
    submit: () => {
      if (heredocOpen(line)) return false;
      run(line);
      setLine('');
      return true;
    },
    interrupt,
    endShell: () => {
      if (!shell) return;
      setShell(null);
      append(newEntry({ prompt: shell.prompt, typed: 'exit' }));
    },
    clear,
    historyStep,
    tab,
  };
}
