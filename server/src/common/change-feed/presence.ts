import { presenceTopic, type PresenceSnapshot, type PubSub } from './pubsub.js';

export const PRESENCE_CHANNEL = 'presence';
const HEARTBEAT_MS = 20_000;
const GONE_AFTER_MS = 45_000;
const TYPING_MS = 6_000;

interface PresenceSignal {
  groupId: string;
  userId: string;
  name: string;
  kind: 'here' | 'gone' | 'typing' | 'focus';
  threadId?: string | null;
  /** For `focus`: what the user is looking at within the room (a board row), kept until the next focus. */
  focus?: string | null;
}

interface Seen {
  name: string;
  seenAt: number;
  typingUntil: number;
  threadId: string | null;
  focus: string | null;
}

/**
 * Who is looking at a group and who is typing: short-lived, so it is not stored. Every process sends its
 * signals with NOTIFY on the `presence` channel and keeps what it hears in memory; viewers repeat "here"
 * every 20 s and are forgotten 45 s after the last one, so a crashed process's users fade out too.
 */
export class PresenceHub {
  private readonly groups = new Map<string, Map<string, Seen>>();
  private sweeper: NodeJS.Timeout;

  constructor(
    private readonly pubSub: PubSub,
    private readonly send: (payload: string) => Promise<void>,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 5_000);
    this.sweeper.unref();
  }

  stop() {
    clearInterval(this.sweeper);
  }

  /** A signal heard on the channel (including our own). */
  receive(raw: string) {
    let s: PresenceSignal;
    try {
      s = JSON.parse(raw) as PresenceSignal;
    } catch {
      return;
    }
    const group = this.groups.get(s.groupId) ?? new Map<string, Seen>();
    this.groups.set(s.groupId, group);
    const now = Date.now();
    const seen = group.get(s.userId) ?? { name: s.name, seenAt: now, typingUntil: 0, threadId: null, focus: null };
    if (s.kind === 'gone') group.delete(s.userId);
    else {
      seen.seenAt = now;
      seen.name = s.name;
      if (s.kind === 'typing') {
        seen.typingUntil = now + TYPING_MS;
        seen.threadId = s.threadId ?? null;
      }
      if (s.kind === 'focus') seen.focus = s.focus ?? null;
      group.set(s.userId, seen);
    }
    this.pubSub.publish(presenceTopic(s.groupId), this.snapshot(s.groupId));
  }

  snapshot(groupId: string): PresenceSnapshot {
    const now = Date.now();
    const group = this.groups.get(groupId) ?? new Map<string, Seen>();
    const people = [...group.entries()].filter(([, s]) => now - s.seenAt < GONE_AFTER_MS).sort(([, a], [, b]) => a.name.localeCompare(b.name, 'nb'));
    return {
      groupId,
      online: people.map(([id, s]) => ({ id, name: s.name })),
      typing: people.filter(([, s]) => s.typingUntil > now).map(([id, s]) => ({ id, name: s.name, threadId: s.threadId })),
      focus: people.map(([id, s]) => ({ id, name: s.name, focus: s.focus })),
    };
  }

  signal(signal: PresenceSignal): Promise<void> {
    return this.send(JSON.stringify(signal));
  }

  /** Keeps saying "here" while `alive`; returns a function that says "gone". */
  attend(groupId: string, user: { id: string; name: string }): () => void {
    const here = () => void this.signal({ groupId, userId: user.id, name: user.name, kind: 'here' }).catch(() => undefined);
    here();
    const timer = setInterval(here, HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      void this.signal({ groupId, userId: user.id, name: user.name, kind: 'gone' }).catch(() => undefined);
    };
  }

  /** Publishes fresh snapshots where someone faded out or stopped typing. */
  private sweep() {
    const now = Date.now();
    for (const [groupId, group] of this.groups) {
      let changed = false;
      for (const [userId, s] of group) {
        if (now - s.seenAt >= GONE_AFTER_MS) {
          group.delete(userId);
          changed = true;
        } else if (s.typingUntil && s.typingUntil <= now) {
          s.typingUntil = 0;
          changed = true;
        }
      }
      if (!group.size) this.groups.delete(groupId);
      if (changed) this.pubSub.publish(presenceTopic(groupId), this.snapshot(groupId));
    }
  }
}
