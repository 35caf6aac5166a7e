// Reusable checks. Each returns a Finding that says, in both languages, what the simulation did and
// so WHY the exercise passes or not. Kubernetes words (STATUS values, field names) stay in English.
import type { Pod } from '../core/manifest/types';
import type { Millis } from '../core/trace/types';
import {
  actionOutput,
  containerIn,
  finalPod,
  finalStatus,
  firstCompletion,
  firstStart,
  logLines,
  statusesSeen,
  totalRestarts,
} from './trace-queries';
import type { Finding, LessonRun } from './types';
import type { Trace } from '../core/trace/types';

type Run = LessonRun & { trace: Trace };

const secs = (t: Millis) => `${Math.round(t / 100) / 10}s`;
const finding = (ok: boolean, en: string, ko: string): Finding => ({ ok, text: { en, ko } });

export function podSpec(run: Run, name?: string): Pod | null {
  const o = run.objects.find((x) => x.kind === 'Pod' && (name === undefined || x.name === name));
  return (o?.object as Pod | undefined) ?? null;
}

export function podNamed(run: Run, name: string): Finding {
  const ok = podSpec(run, name) !== null;
  return ok
    ? finding(true, `There is a Pod named ${name}.`, `이름이 ${name}인 Pod가 있습니다.`)
    : finding(false, `No Pod is named ${name}.`, `이름이 ${name}인 Pod가 없습니다.`);
}

/** The STATUS column at the end of the run is one of `expected`. */
export function endsWithStatus(run: Run, ...expected: string[]): Finding {
  const status = finalStatus(run.trace) ?? '(none)';
  const want = expected.join(' / ');
  return expected.includes(status)
    ? finding(true, `The pod ends with STATUS ${status}.`, `Pod의 최종 STATUS: ${status}`)
    : finding(
        false,
        `The pod ends with STATUS ${status}, not ${want}.`,
        `Pod의 최종 STATUS: ${status} (목표: ${want})`,
      );
}

/** Every container counted in READY is ready at the end. */
export function endsReady(run: Run): Finding {
  const snap = finalPod(run.trace);
  const ready = snap?.conditions.find((c) => c.type === 'Ready');
  if (snap && ready?.status === 'True')
    return finding(true, 'The pod is Ready (condition Ready=True).', 'Pod가 Ready입니다 (Ready=True 조건).');
  const why = ready?.message ? ` (${ready.message})` : '';
  return finding(false, `The pod is not Ready at the end${why}.`, `마지막에 Pod가 Ready가 아닙니다${why}.`);
}

export function noRestarts(run: Run): Finding {
  const snap = finalPod(run.trace);
  const n = snap ? totalRestarts(snap) : 0;
  return n === 0
    ? finding(true, 'No container restarted.', '재시작한 컨테이너가 없습니다.')
    : finding(
        false,
        `Containers restarted ${n} time(s) in ten minutes.`,
        `10분 동안 컨테이너가 ${n}번 재시작했습니다.`,
      );
}

export function restarted(run: Run, container: string): Finding {
  const c = (() => {
    const snap = finalPod(run.trace);
    return snap ? containerIn(snap, container) : null;
  })();
  const n = c?.restartCount ?? 0;
  return n > 0
    ? finding(
        true,
        `The kubelet restarted ${container} ${n} time(s) inside the same pod.`,
        `kubelet이 같은 Pod 안에서 ${container}를 ${n}번 재시작했습니다.`,
      )
    : finding(false, `${container} never restarted.`, `${container}는 한 번도 재시작하지 않았습니다.`);
}

/** `later` started only after `earlier` had completed successfully. */
export function startedAfterCompleted(run: Run, later: string, earlier: string): Finding {
  const done = firstCompletion(run.trace, earlier);
  const start = firstStart(run.trace, later);
  if (done === null)
    return finding(false, `${earlier} never completed.`, `${earlier}가 한 번도 완료되지 않았습니다.`);
  if (start === null)
    return finding(false, `${later} never started.`, `${later}가 한 번도 시작되지 않았습니다.`);
  return start >= done
    ? finding(
        true,
        `${later} started at ${secs(start)}, after ${earlier} completed at ${secs(done)}.`,
        `${earlier}가 ${secs(done)}에 완료된 뒤 ${later}가 ${secs(start)}에 시작했습니다.`,
      )
    : finding(
        false,
        `${later} started at ${secs(start)}, before ${earlier} completed.`,
        `${later}가 ${earlier} 완료 전인 ${secs(start)}에 시작했습니다.`,
      );
}

/** `first` started (strictly) before `second` started. */
export function startedBefore(run: Run, first: string, second: string): Finding {
  const a = firstStart(run.trace, first);
  const b = firstStart(run.trace, second);
  if (a === null) return finding(false, `${first} never started.`, `${first}가 시작되지 않았습니다.`);
  if (b === null) return finding(false, `${second} never started.`, `${second}가 시작되지 않았습니다.`);
  return a < b
    ? finding(
        true,
        `${first} started at ${secs(a)}, before ${second} at ${secs(b)}.`,
        `${first}가 ${secs(a)}에, ${second}보다 먼저(${secs(b)}) 시작했습니다.`,
      )
    : finding(
        false,
        `${first} started at ${secs(a)}, not before ${second} (${secs(b)}).`,
        `${first}가 ${secs(a)}에 시작해 ${second}(${secs(b)})보다 늦습니다.`,
      );
}

/** Some container other than `writer` logged a line containing `text`. */
export function loggedBy(run: Run, container: string | null, text: string, what: string): Finding {
  const pod = finalPod(run.trace);
  const names = pod ? [...pod.initContainerStatuses, ...pod.containerStatuses].map((c) => c.name) : [];
  const candidates = container ? [container] : names;
  const who = candidates.find((n) => logLines(run.trace, n).some((l) => l.line.includes(text)));
  return who
    ? finding(true, `The log of ${who} contains ${what}.`, `${who}의 로그에 ${what} 줄이 있습니다.`)
    : finding(
        false,
        `No container's log contains ${what}${container ? ` (looked at ${container})` : ''}.`,
        `${what} 줄이 있는 컨테이너 로그가 없습니다${container ? ` (${container} 확인)` : ''}.`,
      );
}

/** Lines of `kubectl logs` for one container, for checks that need the text. */
export function anyLogLine(run: Run, container: string, predicate: (line: string) => boolean): boolean {
  return logLines(run.trace, container).some((l) => predicate(l.line));
}

export function execPrints(run: Run, commandFragment: string, expected: string): Finding {
  const out = actionOutput(run.trace, commandFragment);
  if (out !== null && out.includes(expected))
    return finding(
      true,
      `\`${commandFragment}\` prints "${expected}".`,
      `\`${commandFragment}\` 출력에 "${expected}" 포함`,
    );
  const got = out === null || out === '' ? '(nothing)' : JSON.stringify(out.trim());
  return finding(
    false,
    `\`${commandFragment}\` prints ${got}, not "${expected}".`,
    `\`${commandFragment}\` 출력: ${got} (목표: "${expected}" 포함)`,
  );
}

export function statusNeverSeen(run: Run, status: string): Finding {
  return statusesSeen(run.trace).includes(status)
    ? finding(false, `The pod went through STATUS ${status}.`, `Pod가 ${status} 상태를 거쳤습니다.`)
    : finding(true, `The pod never showed ${status}.`, `Pod가 ${status} 상태를 보이지 않았습니다.`);
}

export function statusSeen(run: Run, status: string): Finding {
  return statusesSeen(run.trace).includes(status)
    ? finding(true, `The pod went through STATUS ${status}.`, `Pod가 ${status} 상태를 거쳤습니다.`)
    : finding(false, `The pod never showed ${status}.`, `Pod가 ${status} 상태를 보이지 않았습니다.`);
}

export function specFact(ok: boolean, en: string, ko: string): Finding {
  return finding(ok, en, ko);
}
