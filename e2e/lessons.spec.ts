// Lessons end to end: open the lesson list, walk one exercise from its "predict first" moment to the
// success message, in English and in Korean; progress survives a reload.
import { expect, test, type Page } from '@playwright/test';

interface Hook {
  setText(text: string): void;
  getState(): { text: string; t: number };
}

const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { __podlab: Hook }).__podlab.getState());
const setText = (page: Page, text: string) =>
  page.evaluate((t) => (window as unknown as { __podlab: Hook }).__podlab.setText(t), text);

interface Texts {
  exercise: string;
  predictRight: string;
  failure: string;
  success: string;
  progress: string;
  goalWord: string;
}

const EN: Texts = {
  exercise: 'CrashLoopBackOff',
  predictRight: 'Right: STATUS shows Error.',
  failure: 'Not yet. What the simulation shows:',
  success: 'Well done: every check passes.',
  progress: '1 of 14 done',
  goalWord: 'Find why the container keeps restarting',
};
const KO: Texts = {
  exercise: 'CrashLoopBackOff',
  predictRight: '정답입니다. STATUS는 Error입니다.',
  failure: '아직입니다. 시뮬레이션 결과:',
  success: '잘했습니다. 모든 검사를 통과했습니다.',
  progress: '14개 중 1개 완료',
  goalWord: '컨테이너가 왜 계속 재시작하는지',
};

async function walkExercise(page: Page, lang: 'en' | 'ko', texts: Texts) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId(`lang-${lang}`).click();

  await page.getByTestId('lessons-toggle').click();
  const panel = page.getByTestId('lessons-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('exercise-crashloop-typo')).toHaveAttribute('data-done', 'false');
  await page.screenshot({ path: `test-results/learn-${lang}-list.png` });

  await panel.getByTestId('exercise-crashloop-typo').click();
  await expect(panel.getByTestId('exercise-goal')).toContainText(texts.goalWord);
  expect((await state(page)).text).toContain('slep 3600');

  // Predict first: the player waits before the change; picking reveals it and moves the player.
  const predict = panel.getByTestId('predict');
  await expect(predict).toBeVisible();
  await predict.getByRole('button', { name: 'Error', exact: true }).click();
  await expect(panel.getByTestId('predict-result')).toContainText(texts.predictRight);
  await expect(page.getByTestId('pod-row')).toContainText('Error');
  expect((await state(page)).t).toBe(2000);
  await page.screenshot({ path: `test-results/learn-${lang}-predict.png` });

  // The starting manifest fails the check, and says why.
  await panel.getByTestId('check').click();
  await expect(panel.getByTestId('check-failure')).toHaveText(texts.failure);
  await expect(panel.locator('[data-testid="finding"][data-ok="false"]').first()).toContainText(
    'CrashLoopBackOff',
  );

  await panel.getByTestId('show-hint').click();
  await panel.getByTestId('show-hint').click();
  await expect(panel.getByTestId('hint')).toHaveCount(2);

  // Fix the typo (through the test hook: the same path as typing, without Monaco's timing).
  await setText(page, (await state(page)).text.replace('slep 3600', 'sleep 3600'));
  await panel.getByTestId('check').click();
  await expect(panel.getByTestId('check-success')).toHaveText(texts.success);
  await expect(panel.getByTestId('exercise-done')).toBeVisible();
  await page.screenshot({ path: `test-results/learn-${lang}-success.png` });

  // Progress is saved locally: the list shows it, also after a reload.
  await page.reload();
  await page.getByTestId('lessons-toggle').click();
  await expect(page.getByTestId('exercise-crashloop-typo')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('lessons-progress')).toHaveText(texts.progress);
  expect(errors).toEqual([]);
}

test('walks an exercise to the success message in English', async ({ page }) => {
  await walkExercise(page, 'en', EN);
});

test('walks an exercise to the success message in Korean', async ({ page }) => {
  await walkExercise(page, 'ko', KO);
});

test('an example loads its manifest and says what to watch for', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('lang-en').click();
  await page.screenshot({ path: 'test-results/learn-closed.png' });
  await page.getByTestId('lessons-toggle').click();
  await page.getByTestId('example-course-git-clone').click();
  await expect(page.getByTestId('example-watch')).toContainText('sh: git: not found');
  expect((await state(page)).text).toContain('git clone');
  await page.getByTestId('lessons-back').click();
  await expect(page.getByTestId('example-fail-port-conflict')).toBeVisible();
  await page.screenshot({ path: 'test-results/learn-example.png' });
});
