import { useMutation } from '@vue/apollo-composable';
import { AnnouncementPostDocument, AnnouncementsDocument, type AnnouncementInput } from '@/gql/graphql';

export function useAnnouncementPost() {
  const { mutate, loading } = useMutation(AnnouncementPostDocument);
  async function post(input: AnnouncementInput) {
    const result = await mutate({ input }, { refetchQueries: [AnnouncementsDocument] });
    return result?.data?.announcementPost ?? null;
  }
  return { post, loading };
}
