import type { Viewer } from '../../common/auth/viewer.js';

/**
 * The moderation rules. Services call `authorize(canModeration.x(...))`, and the `viewerCan.report` /
 * `viewerCan.moderate` fields of Message, Resource, Activity and Event answer from the same functions.
 *
 * Who moderates what: county staff everything; a group's owners and moderators (GroupAccess.role, an own active
 * membership) the group's messages and the resources shared with the group (`groupModerator`).
 */
export interface ModeratedFacts {
  /** The group whose owners and moderators moderate it; null for what only county staff moderate. */
  groupId: string | null;
  /** Who wrote or registered it; null when unknown or deleted. */
  authorId: string | null;
}

export const canModeration = {
  /** Anyone signed in may report what someone else wrote (not their own). */
  report: (v: Viewer, c: ModeratedFacts) => v.signedIn && c.authorId !== v.id,
  moderate: (v: Viewer, c: ModeratedFacts, groupModerator: boolean) => v.isStaff || (c.groupId !== null && groupModerator),
  /** The moderation queue: county staff, and those who moderate any group. */
  queue: (v: Viewer, moderatesAnyGroup: boolean) => v.isStaff || (v.signedIn && moderatesAnyGroup),
  /** Warnings, suspensions and the admin audit log: county staff. */
  accounts: (v: Viewer) => v.isStaff,
  auditLog: (v: Viewer) => v.isStaff,
};

/** Limits (docs/security.md). */
export const MODERATION_LIMITS = { reportsPerHour: 20, reasonMaxChars: 1000, hideReasonMaxChars: 500 };
