import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { sessionViewer } from '../auth/session.js';
import type { Viewer } from '../auth/viewer.js';
import type { PubSub } from './pubsub.js';
import { accessTopic, type ChangeRecord, type ChangeType, type Topic } from './topics.js';

/*
 * Where a change of one user's access is announced (`accessTopic`): database triggers record an `access.changed`
 * event there whenever a write may take something away from them, whatever wrote it (a membership removed or left,
 * an organisation leaving a group, a group membership ended or changed, the platform role changed, the account
 * deleted: migration 20261205090000), in the transaction of the change.
 */

/** Event types after which subscribers watching the event's topic ask again whether they may still receive. */
const ACCESS_CHANGES = new Set<ChangeType>(['access.changed', 'group.access_changed', 'event.access_changed', 'settlement.access_changed']);

interface Watch {
  topics: Topic[];
  stale: boolean;
  viewerStale: boolean;
  wake: (() => void) | null;
}

const watchesByPubSub = new WeakMap<PubSub, Map<Topic, Set<Watch>>>();

/**
 * Called by the change feed listener for every event before it is published: marks the watches of its topic
 * stale at once. Events are published in id order, so a subscriber taking a later event off its queue sees the
 * mark of an earlier access change, even one on another topic.
 */
export function noteAccessChange(pubSub: PubSub, event: ChangeRecord): void {
  if (!ACCESS_CHANGES.has(event.type)) return;
  for (const watch of watchesByPubSub.get(pubSub)?.get(event.topic) ?? []) {
    watch.stale = true;
    if (event.topic.startsWith('access/')) watch.viewerStale = true;
    watch.wake?.();
  }
}

type LiveContext = Pick<Context, 'pubSub' | 'em' | 'viewer'>;

/**
 * One subscriber's right to receive, kept current: `allowed` is asked at the first `check()` and again after each
 * access change of the viewer (`access/<id>`) or access-changing event on `topics`, with the viewer (role,
 * memberships, session) read anew when it is theirs. The fresh viewer replaces the context's, so what the
 * subscription executes afterwards (and the fan-out's sharing key) answers for who they are now.
 */
export class AccessGuard {
  private readonly watch: Watch;
  private answer: boolean | null = null;

  constructor(
    private readonly ctx: LiveContext,
    topics: Topic[],
    private readonly allowed: (viewer: Viewer) => Promise<boolean>,
  ) {
    const userId = ctx.viewer.id;
    // The first check reads the viewer anew too: an access change committed after the operation read its viewer,
    // and before this watch existed, is not missed.
    this.watch = { topics: [...(userId ? [accessTopic(userId)] : []), ...topics], stale: true, viewerStale: true, wake: null };
    let watches = watchesByPubSub.get(ctx.pubSub);
    if (!watches) watchesByPubSub.set(ctx.pubSub, (watches = new Map()));
    for (const topic of this.watch.topics) {
      let set = watches.get(topic);
      if (!set) watches.set(topic, (set = new Set()));
      set.add(this.watch);
    }
  }

  /** Whether the subscriber may still receive; false is final. */
  async check(): Promise<boolean> {
    if (this.answer === false) return false;
    if (!this.watch.stale) return this.answer!;
    // Cleared first: a change arriving while we ask marks the watch again and is asked about next time.
    const reloadViewer = this.watch.viewerStale;
    this.watch.stale = this.watch.viewerStale = false;
    if (reloadViewer) this.ctx.viewer = await viewerAgain(this.ctx.em, this.ctx.viewer);
    this.answer = await this.allowed(this.ctx.viewer);
    return this.answer;
  }

  /** `step` (the next live event), or null as soon as an access change arrives first. */
  until<T>(step: Promise<T>): Promise<T | null> {
    if (this.watch.stale) return Promise.resolve(null);
    // A fresh wake-up per wait (the last one is dropped unresolved): nothing accumulates on a quiet watch.
    return Promise.race([step, new Promise<null>((resolve) => (this.watch.wake = () => resolve(null)))]);
  }

  close(): void {
    this.watch.wake = null;
    const watches = watchesByPubSub.get(this.ctx.pubSub);
    for (const topic of this.watch.topics) {
      const set = watches?.get(topic);
      set?.delete(this.watch);
      if (set && !set.size) watches!.delete(topic);
    }
  }
}

/** The viewer as a new operation of the same session would see it now (anonymous once the session or account is
 * gone). Anonymous viewers have nothing to read anew. */
function viewerAgain(em: EntityManager, viewer: Viewer): Promise<Viewer> {
  return viewer.sessionTokenHash ? sessionViewer(em.fork(), viewer.sessionTokenHash) : Promise.resolve(viewer);
}
