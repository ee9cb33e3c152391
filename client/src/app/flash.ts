import { reactive, readonly } from 'vue';
import type { Router } from 'vue-router';

export type FlashTone = 'success' | 'info' | 'warning';

const state = reactive({ message: '', tone: 'success' as FlashTone, navigations: 0 });

/** What the app-wide live region shows: a message that outlives one navigation. */
export const flashState = readonly(state);

/**
 * Shows `message` in the app's live region on the page the caller navigates to next (e.g. "Logged out"
 * after redirecting home). It is cleared one navigation later.
 */
export function flash(message: string, tone: FlashTone = 'success'): void {
  state.message = message;
  state.tone = tone;
  state.navigations = 0;
}

export function clearFlash(): void {
  state.message = '';
}

export function installFlash(router: Router): void {
  router.afterEach((_to, _from, failure) => {
    if (failure || !state.message) return;
    state.navigations += 1;
    if (state.navigations > 1) clearFlash();
  });
}
