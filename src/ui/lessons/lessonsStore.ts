// Lesson navigation and progress. Opening a lesson loads its manifest into the playground (the same
// editor, simulation and player the learner already knows); progress and drafts live in localStorage.
import { create } from 'zustand';
import {
  markDone,
  readProgress,
  resetProgress,
  writeProgress,
  type KeyValueStorage,
  type Progress,
} from '../../lessons/progress';
import { playground } from '../store';

export type LessonView =
  { kind: 'list' } | { kind: 'exercise'; id: string } | { kind: 'example'; id: string };

const DRAFT_PREFIX = 'podlab.lessons.draft.';

function storage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: progress lasts for this visit
  }
}

function readDraft(id: string): string | null {
  try {
    return storage()?.getItem(DRAFT_PREFIX + id) ?? null;
  } catch {
    return null;
  }
}

function writeDraft(id: string, text: string): void {
  try {
    storage()?.setItem(DRAFT_PREFIX + id, text);
  } catch {
    // not saved: the editor's own autosave still has it
  }
}

/** The lessons' content (manifests, texts, checks) is a chunk of its own, loaded when first needed. */
const lessonContent = () => import('./lessonContent');

/** Replace the editor text and show the new simulation from t=0 at once. */
export function loadIntoEditor(text: string): void {
  const s = playground.getState();
  s.replaceText(text);
  s.toStart();
}

interface LessonsState {
  open: boolean;
  view: LessonView;
  progress: Progress;
  toggle(): void;
  showList(): void;
  /** Load the exercise's start (or the learner's draft) into the editor and show it. */
  openExercise(id: string): Promise<void>;
  openExample(id: string): Promise<void>;
  complete(id: string): void;
  resetProgress(): void;
}

export const useLessons = create<LessonsState>((set, get) => {
  /** Keep the learner's work on the exercise being left. */
  const saveDraft = () => {
    const v = get().view;
    if (v.kind === 'exercise') writeDraft(v.id, playground.getState().text);
  };
  return {
    open: false,
    view: { kind: 'list' },
    progress: readProgress(storage()),
    toggle: () => set({ open: !get().open }),
    showList() {
      saveDraft();
      set({ view: { kind: 'list' } });
    },
    async openExercise(id) {
      const ex = (await lessonContent()).exerciseById(id);
      if (!ex) return;
      saveDraft();
      loadIntoEditor(readDraft(id) ?? ex.start);
      set({ view: { kind: 'exercise', id }, open: true });
    },
    async openExample(id) {
      const ex = (await lessonContent()).exampleById(id);
      if (!ex) return;
      saveDraft();
      loadIntoEditor(ex.manifest);
      set({ view: { kind: 'example', id }, open: true });
    },
    complete(id) {
      const progress = markDone(get().progress, id);
      writeProgress(storage(), progress);
      set({ progress });
    },
    resetProgress() {
      const progress = resetProgress();
      writeProgress(storage(), progress);
      set({ progress });
    },
  };
});
