import { mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { describe, expect, it } from 'vitest';
import { UploadError, type UploadedFile } from '../lib/upload';
import { useFileUpload } from './useFileUpload';

function harness() {
  let progress: (fraction: number) => void = () => undefined;
  let settle: { resolve: (f: UploadedFile) => void; reject: (e: unknown) => void } | null = null;
  const fakeUpload = (_id: string, _file: Blob, onProgress: (fraction: number) => void) => {
    progress = onProgress;
    return { promise: new Promise<UploadedFile>((resolve, reject) => (settle = { resolve, reject })), abort: () => settle?.reject(new UploadError(0, null)) };
  };
  let api!: ReturnType<typeof useFileUpload>;
  mount(defineComponent({ setup: () => ((api = useFileUpload(fakeUpload)), () => null) }));
  return { api: () => api, progress: (f: number) => progress(f), settle: () => settle! };
}

describe('useFileUpload', () => {
  it('reports whole percent while uploading and resets after', async () => {
    const h = harness();
    const sending = h.api().send('r1', new File(['x'], 'x.pdf'));
    expect(h.api().percent.value).toBe(0);
    expect(h.api().uploading.value).toBe(true);
    h.progress(0.426);
    expect(h.api().percent.value).toBe(43);
    h.settle().resolve({ version: 1, filename: 'x.pdf', mimeType: 'application/pdf', size: 1 });
    await expect(sending).resolves.toMatchObject({ version: 1 });
    expect(h.api().percent.value).toBeNull();
    expect(h.api().uploading.value).toBe(false);
  });

  it('passes failures on and is ready for a retry', async () => {
    const h = harness();
    const sending = h.api().send('r1', new File(['x'], 'x.pdf'));
    h.settle().reject(new UploadError(415, 'resource/file_type_not_allowed'));
    await expect(sending).rejects.toMatchObject({ status: 415 });
    expect(h.api().uploading.value).toBe(false);
  });
});
