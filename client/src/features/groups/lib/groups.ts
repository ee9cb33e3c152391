interface Joinable {
  joinPolicy: string;
  viewerCan: { join: boolean };
  viewerState: { status?: string | null };
}

/**
 * Whether to offer "join": the server's viewerCan.join, except for invitation-only groups the viewer has
 * not been invited to (the server allows the attempt, then refuses it with group/invitation_only).
 */
export function canJoin(group: Joinable): boolean {
  if (!group.viewerCan.join) return false;
  return group.joinPolicy !== 'INVITATION' || group.viewerState.status === 'INVITED';
}
