import { UnauthenticatedError } from '../errors.js';
import { PlatformRole, type MembershipRole } from './roles.js';

/**
 * Names the class of the user a viewer carries. `modules/accounts/user.entity.ts` adds `user: User` here
 * (declaration merging, the way Passport apps name `Express.User`), so this file imports no module and
 * `viewer.user` is still the entity everywhere.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ViewerTypes {}
/** What the viewer itself reads of its user. */
interface ViewerUserFields {
  id: string;
  platformRole: PlatformRole;
  emailVerifiedAt?: Date | null;
}
export type ViewerUser = ViewerTypes extends { user: infer U extends ViewerUserFields } ? U : ViewerUserFields;

/** Who is asking: the signed-in user (or nobody), with their organisation roles loaded once per operation. */
export class Viewer {
  constructor(
    readonly user: ViewerUser | null,
    /** organisation id → role; kept current by the operation that changes it, so its result answers truly. */
    private readonly memberships: Map<string, MembershipRole> = new Map(),
    /** The HMAC of the session token, so logout can end exactly this session. */
    readonly sessionTokenHash: string | null = null,
  ) {}

  static anonymous() {
    return new Viewer(null);
  }

  get signedIn(): boolean {
    return this.user !== null;
  }

  get id(): string | null {
    return this.user?.id ?? null;
  }

  get isAdmin(): boolean {
    return this.user?.platformRole === PlatformRole.ADMIN;
  }

  /** County staff, and admins, who may do everything staff may. */
  get isStaff(): boolean {
    return this.isAdmin || this.user?.platformRole === PlatformRole.COUNTY_STAFF;
  }

  get emailVerified(): boolean {
    return !!this.user?.emailVerifiedAt;
  }

  roleIn(organisationId: string): MembershipRole | null {
    return this.memberships.get(organisationId) ?? null;
  }

  organisationIds(): IterableIterator<string> {
    return this.memberships.keys();
  }

  /** Records a membership change made by this operation. */
  setRole(organisationId: string, role: MembershipRole | null): void {
    if (role) this.memberships.set(organisationId, role);
    else this.memberships.delete(organisationId);
  }

  requireUser(): ViewerUser {
    if (!this.user) throw new UnauthenticatedError();
    return this.user;
  }
}
