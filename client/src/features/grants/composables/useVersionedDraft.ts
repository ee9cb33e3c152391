import { computed, onBeforeUnmount, onMounted, reactive, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';
import { useDescribeError } from '@/app/errors';
import { useAutosave } from './useAutosave';
import { versionConflict } from './useGrantApplicationSave';

/** What a versioned draft is loaded from: the server's record, its version and whether the viewer may edit it. */
export interface VersionedRecord {
  id: string;
  version: number;
  viewerCan: { edit: boolean };
}

export interface VersionedDraftOptions<T extends VersionedRecord> {
  /** The record as last loaded; the form is filled from it once per id. */
  record: Ref<T | null>;
  /** Loads the newest version from the server (after a conflict). */
  reload: () => Promise<T | null>;
  /** Stores the form as it is now against `version`; resolves with the version the server gave it. */
  save: (version: number) => Promise<number>;
  /** Puts a loaded record into the form. */
  fill: (record: T) => void;
  /** What was typed, as plain text to copy into the newest version after a conflict. */
  snapshot: () => string;
}

/**
 * A draft edited against the version it was loaded with (the shape of Directus's `use-auto-save`): saved a moment
 * after each edit and at once on leaving a field, the page or the tab; the save status; and the conflict when someone
 * else saved a newer version meanwhile, which stops saving and keeps a copy of what was typed until the newest version
 * is loaded. Whether the draft may be edited at all is the server's `viewerCan.edit`. The grant application and the
 * report each give their own form, `fill`, `save` and `snapshot`.
 */
export function useVersionedDraft<T extends VersionedRecord>({ record, reload, save, fill, snapshot }: VersionedDraftOptions<T>) {
  const { t } = useI18n();
  const describeError = useDescribeError();
  const loadedId = ref<string | null>(null);
  const editable = computed(() => !!record.value?.viewerCan.edit);

  const autosave = useAutosave({
    version: 0,
    save,
    conflictVersion: versionConflict,
    isPermanent: (e) => describeError(e).code === 'BAD_USER_INPUT',
  });

  function load(r: T) {
    fill(r);
    autosave.reset(r.version);
    loadedId.value = r.id;
  }

  watch(
    record,
    (r) => {
      if (r && loadedId.value !== r.id) load(r);
    },
    { immediate: true },
  );

  /** On the form's `input`: an edit to save (fields marked data-no-autosave, such as the partner search, are not). */
  function onEdit(event?: Event) {
    const target = event?.target as HTMLElement | null | undefined;
    if (target?.closest('[data-no-autosave]')) return;
    autosave.changed();
  }

  /** On the form's `focusout`: leaving a field saves at once. */
  function onFocusOut(event: FocusEvent) {
    const target = event.target as HTMLElement | null;
    if (!target?.matches('input, textarea, select') || target.closest('[data-no-autosave]')) return;
    void autosave.flush();
  }

  // ── Conflict: someone else saved a newer version ─────────────────────────────────────────────────
  const conflict = reactive({ open: false, copy: '', showCopy: false, reloading: false, problem: null as string | null });

  watch(autosave.status, (s) => {
    if (s !== 'conflict') return;
    conflict.copy = snapshot();
    conflict.open = true;
  });

  /** Replaces the form with the newest version, keeping what was typed (also after the conflict) to copy from. */
  async function loadNewest() {
    if (conflict.reloading) return;
    conflict.reloading = true;
    conflict.problem = null;
    try {
      const copy = snapshot();
      const r = await reload();
      if (!r) throw new Error('the draft is gone');
      conflict.copy = copy;
      load(r);
      conflict.showCopy = true;
      conflict.open = false;
    } catch (e) {
      conflict.problem = describeError(e).message;
    } finally {
      conflict.reloading = false;
    }
  }

  // ── Leaving: save first; warn when something could not be saved ─────────────────────────────────
  const unsaved = () => editable.value && autosave.hasUnsaved.value;
  onBeforeRouteLeave(async () => {
    await autosave.flush();
    return unsaved() ? window.confirm(t('grants.form.leaveUnsaved')) : true;
  });
  // Another draft in the same view (a link from a notification): save this one first.
  onBeforeRouteUpdate(async () => {
    await autosave.flush();
    return true;
  });
  function onBeforeUnload(event: BeforeUnloadEvent) {
    if (unsaved()) event.preventDefault();
  }
  function onHidden() {
    if (document.visibilityState === 'hidden') void autosave.flush();
  }
  onMounted(() => {
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHidden);
  });

  return {
    editable,
    /** The id the form was filled from (null until the first load). */
    loadedId,
    status: autosave.status,
    savedAt: autosave.savedAt,
    lastError: autosave.lastError,
    flush: autosave.flush,
    changed: autosave.changed,
    onEdit,
    onFocusOut,
    conflict,
    loadNewest,
  };
}
