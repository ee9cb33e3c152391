import { ref } from 'vue';

const KEY = 'samhandling.dismissedAnnouncements';

function read(): string[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Ids of announcements the viewer closed, remembered in this browser (the newest 200). */
export function useDismissedAnnouncements() {
  const ids = ref<string[]>(read());
  function dismiss(id: string) {
    ids.value = [...ids.value.filter((x) => x !== id), id].slice(-200);
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify(ids.value));
    } catch {
      // Hidden for now; it may show again next visit.
    }
  }
  return { ids, dismiss, isDismissed: (id: string) => ids.value.includes(id) };
}
