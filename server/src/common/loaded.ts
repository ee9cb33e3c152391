import { wrap, type Collection } from '@mikro-orm/core';

/**
 * Field resolvers of list items: what the list query already populated is used as it is. Going through
 * em.findOne even for an identity-map hit cost a list page about half a millisecond per field and item
 * (bench/event-list.ts).
 */
export function loaded<T extends object>(entity: T, load: () => Promise<T>): Promise<T> {
  return wrap(entity).isInitialized() ? Promise.resolve(entity) : load();
}

/** A collection's items, loaded if the list query did not populate it, in the given order. */
export async function loadedItems<T extends object>(collection: Collection<T>, order: (a: T, b: T) => number): Promise<T[]> {
  const items = collection.isInitialized() ? collection.getItems() : (await collection.load()).getItems();
  return [...items].sort(order);
}
