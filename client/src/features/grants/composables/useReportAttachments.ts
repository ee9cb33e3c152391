import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { uploadFile, useFileUpload } from '@/features/resources';
import { GrantReportAttachmentDeleteDocument, GrantReportAttachmentsDocument } from '@/gql/graphql';
import type { UploadedAttachment } from './useGrantAttachments';

const uploadAttachment = (reportId: string, file: File, onProgress: (fraction: number) => void) => uploadFile<UploadedAttachment>(`/filer/rapporter/${encodeURIComponent(reportId)}`, file, onProgress);

/** A report's attachments (accounts, receipts, photos): the list, upload with progress, removal. */
export function useReportAttachments(reportId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReportAttachmentsDocument, () => ({ id: reportId.value }));
  const { mutate: remove, loading: removing } = useMutation(GrantReportAttachmentDeleteDocument);
  const uploader = useFileUpload(uploadAttachment);
  return {
    attachments: computed(() => result.value?.grantReport.attachments ?? []),
    loading: computed(() => loading.value && !result.value),
    error,
    percent: uploader.percent,
    removing,
    async upload(file: File) {
      const uploaded = await uploader.send(reportId.value, file);
      await refetch();
      return uploaded;
    },
    async removeAttachment(id: string) {
      await remove({ id });
      await refetch();
    },
  };
}
