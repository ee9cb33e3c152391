import { computed, onBeforeUnmount, ref } from 'vue';
import { uploadResourceFile, type UploadedFile, type UploadHandle } from '../lib/upload';

/** One upload at a time with its progress in whole percent (null when none is running). */
export function useFileUpload(upload: typeof uploadResourceFile = uploadResourceFile) {
  const percent = ref<number | null>(null);
  let current: UploadHandle | null = null;

  async function send(resourceId: string, file: File): Promise<UploadedFile> {
    percent.value = 0;
    current = upload(resourceId, file, (fraction) => (percent.value = Math.round(fraction * 100)));
    try {
      return await current.promise;
    } finally {
      current = null;
      percent.value = null;
    }
  }

  onBeforeUnmount(() => current?.abort());

  return { percent, uploading: computed(() => percent.value !== null), send };
}
