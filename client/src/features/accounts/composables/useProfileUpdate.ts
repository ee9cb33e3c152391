import { useMutation } from '@vue/apollo-composable';
import { ProfileUpdateDocument, type ProfileUpdateInput } from '@/gql/graphql';

/** The result is normalised into the cached viewer (same User id), so the header updates too. */
export function useProfileUpdate() {
  const { mutate, loading } = useMutation(ProfileUpdateDocument);
  async function updateProfile(input: ProfileUpdateInput) {
    const result = await mutate({ input });
    return result?.data?.profileUpdate ?? null;
  }
  return { updateProfile, loading };
}

/** "frivillig, koordinator" → ["frivillig", "koordinator"]; the server lower-cases and removes duplicates. */
export function parseTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}
