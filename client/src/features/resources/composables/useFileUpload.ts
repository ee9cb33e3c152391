import { computed, onBeforeUnmount, ref } from 'vue';
import { uploadResourceFile, type UploadedFile, type UploadHandle } from '../lib/upload';

/** Starts the upload of `file` to the thing with this id (a resource, an application …). */
export type Uploader<T> = (id: string, file: File, onProgress: (fraction: number) => void) => UploadHandle<T>;

/** One upload at a time with its progress in whole percent (null when none is running); aborted on unmount. */
export function useFileUpload<T = UploadedFile>(upload: Uploader<T> = uploadResourceFile as unknown as Uploader<T>) {
  const percent = ref<number | null>(null);
  let current: UploadHandle<T> | null = null;

  async function send(id: string, file: File): Promise<T> {
    percent.value = 0;
    current = upload(id, file, (fraction) => (percent.value = Math.round(fraction * 100)));
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
