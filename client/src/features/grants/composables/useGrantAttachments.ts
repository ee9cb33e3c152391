import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantAttachmentDeleteDocument, GrantAttachmentsDocument } from '@/gql/graphql';
import { uploadFile } from '@/features/resources/lib/upload';

export interface UploadedAttachment {
  id: string;
  filename: string;
}

/** An application's attachments: the list, upload (with progress, 0–1) and removal; the list reloads after each. */
export function useGrantAttachments(applicationId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantAttachmentsDocument, () => ({ id: applicationId.value }));
  const { mutate: remove, loading: removing } = useMutation(GrantAttachmentDeleteDocument);

  function upload(file: File, onProgress: (fraction: number) => void) {
    const handle = uploadFile<UploadedAttachment>(`/filer/soknader/${encodeURIComponent(applicationId.value)}`, file, onProgress);
    return { ...handle, promise: handle.promise.then(async (uploaded) => (await refetch(), uploaded)) };
  }

  async function removeAttachment(id: string) {
    await remove({ id });
    await refetch();
  }

  return {
    attachments: computed(() => result.value?.grantApplication.attachments ?? []),
    loading: computed(() => loading.value && !result.value),
    error,
    upload,
    removeAttachment,
    removing,
  };
}
