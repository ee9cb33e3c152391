import type { MessageFieldsFragment } from '@/gql/graphql';

/** A message as the thread page keeps it, with what the viewer may do with it (the server's viewerCan). */
export type ThreadMessage = MessageFieldsFragment;

interface Sortable {
  id: string;
  createdAt: string;
}

/**
 * Merges messages by id, oldest first; `incoming` wins for the same id (an edit or a deletion). Live
 * events and refetches may overlap: nothing shows twice.
 */
export function mergeMessages<M extends Sortable>(existing: readonly M[], incoming: readonly M[]): M[] {
  const byId = new Map<string, M>();
  for (const m of existing) byId.set(m.id, m);
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
