import { useMutation } from '@vue/apollo-composable';
import {
  ContentHideDocument,
  ContentReportDocument,
  ContentUnhideDocument,
  ReportDismissDocument,
  UserSuspendDocument,
  UserUnsuspendDocument,
  UserWarnDocument,
  type ContentType,
} from '@/gql/graphql';

/** The moderation mutations. Hiding changes what pages show: the cached content is read again where it is shown. */
export function useModeration() {
  const report = useMutation(ContentReportDocument);
  const hide = useMutation(ContentHideDocument, { refetchQueries: 'active' });
  const unhide = useMutation(ContentUnhideDocument, { refetchQueries: 'active' });
  const dismiss = useMutation(ReportDismissDocument, { refetchQueries: 'active' });
  const warn = useMutation(UserWarnDocument);
  const suspend = useMutation(UserSuspendDocument);
  const unsuspend = useMutation(UserUnsuspendDocument);
  return {
    report: (type: ContentType, contentId: string, reason: string) => report.mutate({ type, contentId, reason }),
    hide: (type: ContentType, contentId: string, reason: string) => hide.mutate({ type, contentId, reason }),
    unhide: (type: ContentType, contentId: string) => unhide.mutate({ type, contentId }),
    dismiss: (id: string) => dismiss.mutate({ id }),
    warn: (userId: string, reason: string) => warn.mutate({ userId, reason }),
    suspend: (userId: string, reason: string) => suspend.mutate({ userId, reason }),
    unsuspend: (userId: string) => unsuspend.mutate({ userId }),
  };
}
