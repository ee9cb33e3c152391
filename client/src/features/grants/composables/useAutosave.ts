import { computed, getCurrentInstance, onBeforeUnmount, ref } from 'vue';

/**
 * idle: nothing changed since loading · pending: changed, waiting for a pause in typing · saving · saved ·
 * retrying: the save failed (network, server) and is tried again · invalid: the server refused the input
 * (waits for the next edit) · conflict: someone else saved a newer version (autosave stops until reset).
 */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'invalid' | 'conflict';

export interface AutosaveOptions {
  /** The version the draft was loaded with. */
  version: number;
  /** Sends the draft as it is now, against `version`; resolves with the version the server gave it. */
  save: (version: number) => Promise<number>;
  /** The newer version when the error says someone else saved meanwhile; otherwise null. */
  conflictVersion: (error: unknown) => number | null;
  /** Errors that trying again will not fix (invalid input). */
  isPermanent?: (error: unknown) => boolean;
  /** Quiet time after the last edit before saving (ms). */
  delay?: number;
  /** Wait before trying a failed save again (ms). */
  retryDelay?: number;
  now?: () => Date;
}

/**
 * Saves a draft a moment after the last edit, and at once on `flush()` (leaving a field or the page).
 * Each save sends the version the previous one returned, so two editors cannot overwrite each other:
 * the second gets a conflict, and nothing more is sent until `reset()` with the newest version.
 */
export function useAutosave(options: AutosaveOptions) {
  const delay = options.delay ?? 1500;
  const retryDelay = options.retryDelay ?? 5000;
  const now = options.now ?? (() => new Date());

  const status = ref<AutosaveStatus>('idle');
  const version = ref(options.version);
  const savedAt = ref<Date | null>(null);
  const lastError = ref<unknown>(null);
  /** The newer version someone else saved; set while status is 'conflict'. */
  const conflictVersion = ref<number | null>(null);

  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  function clearTimer() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function schedule(ms: number) {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  }

  async function saveOnce(): Promise<void> {
    dirty = false;
    status.value = 'saving';
    try {
      version.value = await options.save(version.value);
      lastError.value = null;
      savedAt.value = now();
      if (dirty) {
        status.value = 'pending';
        schedule(delay);
      } else {
        status.value = 'saved';
      }
    } catch (error) {
      dirty = true;
      lastError.value = error;
      const newer = options.conflictVersion(error);
      if (newer !== null) {
        conflictVersion.value = newer;
        status.value = 'conflict';
        clearTimer();
      } else if (options.isPermanent?.(error)) {
        status.value = 'invalid';
        clearTimer();
      } else {
        status.value = 'retrying';
        schedule(retryDelay);
      }
    }
  }

  async function run(): Promise<void> {
    clearTimer();
    while (inFlight) await inFlight;
    if (!dirty || status.value === 'conflict') return;
    inFlight = saveOnce().finally(() => {
      inFlight = null;
    });
    await inFlight;
  }

  /** Call on every edit: saves after `delay` ms without further edits. */
  function changed() {
    dirty = true;
    if (status.value === 'conflict') return;
    if (status.value !== 'saving') status.value = 'pending';
    schedule(delay);
  }

  /** Saves now if anything is unsaved (on blur, before leaving, before submitting); waits for a running save. */
  async function flush(): Promise<void> {
    clearTimer();
    if (inFlight) await inFlight;
    if (dirty && status.value !== 'conflict' && status.value !== 'invalid') await run();
  }

  /** After loading the newest version: start over from it, with nothing unsaved. */
  function reset(newVersion: number) {
    clearTimer();
    dirty = false;
    version.value = newVersion;
    conflictVersion.value = null;
    lastError.value = null;
    status.value = 'idle';
  }

  function stop() {
    clearTimer();
  }

  if (getCurrentInstance()) onBeforeUnmount(stop);

  return {
    status,
    version,
    savedAt,
    lastError,
    conflictVersion,
    /** Edits not yet stored on the server. */
    hasUnsaved: computed(() => status.value === 'pending' || status.value === 'saving' || status.value === 'retrying' || status.value === 'invalid' || status.value === 'conflict'),
    changed,
    flush,
    reset,
    stop,
  };
}
