import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantAttachmentDeleteDocument, GrantAttachmentsDocument } from '@/gql/graphql';
import { uploadFile, useFileUpload } from '@/features/resources';

export interface UploadedAttachment {
  id: string;
  filename: string;
}

const uploadAttachment = (applicationId: string, file: File, onProgress: (fraction: number) => void) =>
  uploadFile<UploadedAttachment>(`/filer/soknader/${encodeURIComponent(applicationId)}`, file, onProgress);

/** An application's attachments: the list, upload (progress in `percent`) and removal; the list reloads after each. */
export function useGrantAttachments(applicationId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantAttachmentsDocument, () => ({ id: applicationId.value }));
  const { mutate: remove, loading: removing } = useMutation(GrantAttachmentDeleteDocument);

  const uploader = useFileUpload(uploadAttachment);

  async function upload(file: File): Promise<UploadedAttachment> {
    const uploaded = await uploader.send(applicationId.value, file);
    await refetch();
    return uploaded;
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
    percent: uploader.percent,
    removeAttachment,
    removing,
  };
}
