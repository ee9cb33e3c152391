import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
import type { ChangeRecord, Topic } from './topics.js';

/** Who is in a group now and who is typing (presence.ts): published on `presence/<groupId>`, never stored. */
export interface PresenceSnapshot {
  groupId: string;
  online: { id: string; name: string }[];
  typing: { id: string; name: string; threadId: string | null }[];
  /** Who looks at what within the room (rooms that use `focus`, such as the allocation board). */
  focus: { id: string; name: string; focus: string | null }[];
}

export type PresenceTopic = `presence/${string}`;
export const presenceTopic = (groupId: string): PresenceTopic => `presence/${groupId}`;

/**
 * One process's in-memory pubsub, by routing key: the change feed listener publishes each recorded change under its
 * topic (change-feed.ts), the presence hub its snapshots; subscriptions read them through `replayThenLive` (live.ts)
 * and the presence resolver. A topic's subscriber receives what the topic map (topics.ts) says it carries.
 */
export interface PubSub {
  publish<T extends Topic>(topic: T, record: ChangeRecord<T>): void;
  publish(topic: PresenceTopic, snapshot: PresenceSnapshot): void;
  /** The listener is attached on the first `next()` of the iterator. */
  subscribe<T extends Topic>(topic: T): AsyncIterable<ChangeRecord<T>>;
  subscribe(topic: PresenceTopic): AsyncIterable<PresenceSnapshot>;
}

export function createChangePubSub(): PubSub {
  // Many subscribers share a topic (a group with hundreds of members): no listener cap.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubSub = createPubSub<Record<string, [unknown]>>({ eventTarget });
  return {
    publish: (topic: string, payload: unknown) => pubSub.publish(topic, payload),
    // The one place the map is taken on trust: what `publish` put under a routing key (checked there) comes out.
    subscribe: (topic: string) => pubSub.subscribe(topic) as AsyncIterable<never>,
  };
}
