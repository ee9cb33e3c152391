import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { TopicsDocument, type Topic } from '@/gql/graphql';

type TopicNames = Pick<Topic, 'nameNb' | 'nameNn' | 'nameEn'>;

/** The topic's name in the interface language (bokmål for anything unknown). */
export function topicName(topic: TopicNames, locale: string): string {
  if (locale === 'nn') return topic.nameNn;
  if (locale === 'en') return topic.nameEn;
  return topic.nameNb;
}

/** All topics, in the server's display order. Reference data: cached for the session. */
export function useTopics() {
  const { result, loading, error, refetch } = useQuery(TopicsDocument, null, { fetchPolicy: 'cache-first' });
  const topics = computed(() => result.value?.topics ?? []);
  /** The name of the topic with this slug, or the slug while the list loads (or when it is unknown). */
  function topicNameOf(slug: string, locale: string): string {
    const found = topics.value.find((tp) => tp.slug === slug);
    return found ? topicName(found, locale) : slug;
  }
  return {
    topics,
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
    topicNameOf,
  };
}
