import { UnauthenticatedError } from '../errors.js';
import type { View } from '../read-model/rows.js';
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

/**
 * A signed-in user known by the fields the viewer reads, whose entity is made only when some code asks for it
 * (`viewer.user`): most requests never do, and mapping the session's row into a managed entity was a tenth of a
 * small request's CPU (docs/benchmarks.md §8).
 */
export class DeferredUser {
  constructor(
    readonly fields: ViewerUserFields,
    /** The entity this operation has loaded meanwhile, if any (a change to it, e.g. of the role, is the truth). */
    readonly loaded: () => ViewerUser | null,
    /** The entity made from the session's row. */
    readonly entity: () => ViewerUser,
    /** A read-only view of the session's row (common/read-model/rows.ts): what a write's answer shows of its author. */
    readonly view: () => View<ViewerUser>,
  ) {}
}

/** Who is asking: the signed-in user (or nobody), with their organisation roles loaded once per operation. */
export class Viewer {
  #user: ViewerUser | null;
  readonly #deferred: DeferredUser | null;

  constructor(
    user: ViewerUser | DeferredUser | null,
    /** organisation id → role; kept current by the operation that changes it, so its result answers truly. */
    private readonly memberships: Map<string, MembershipRole> = new Map(),
    /** The HMAC of the session token, so logout can end exactly this session. */
    readonly sessionTokenHash: string | null = null,
  ) {
    this.#deferred = user instanceof DeferredUser ? user : null;
    this.#user = user instanceof DeferredUser ? null : user;
  }

  /** The user's entity (made on first use when the session deferred it). */
  get user(): ViewerUser | null {
    if (!this.#user && this.#deferred) this.#user = this.#deferred.loaded() ?? this.#deferred.entity();
    return this.#user;
  }

  /** Who the viewer is (never changes within an operation): read without looking for a loaded entity. */
  private get identity(): ViewerUserFields | null {
    return this.#user ?? this.#deferred?.fields ?? null;
  }

  /** Role and verification, which an operation may change: the entity once there is one, else the session row's. */
  private get standing(): ViewerUserFields | null {
    if (!this.#user && this.#deferred) this.#user = this.#deferred.loaded();
    return this.identity;
  }

  static anonymous() {
    return new Viewer(null);
  }

  get signedIn(): boolean {
    return this.identity !== null;
  }

  get id(): string | null {
    return this.identity?.id ?? null;
  }

  get platformRole(): PlatformRole | null {
    return this.standing?.platformRole ?? null;
  }

  get isAdmin(): boolean {
    return this.standing?.platformRole === PlatformRole.ADMIN;
  }

  /** County staff, and admins, who may do everything staff may. */
  get isStaff(): boolean {
    const role = this.standing?.platformRole;
    return role === PlatformRole.ADMIN || role === PlatformRole.COUNTY_STAFF;
  }

  get emailVerified(): boolean {
    return !!this.standing?.emailVerifiedAt;
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

  /** The signed-in user's id (UNAUTHENTICATED for nobody), without making their entity: for code that needs
   * to know who, not the user's fields. */
  requireId(): string {
    const id = this.id;
    if (!id) throw new UnauthenticatedError();
    return id;
  }

  /** The signed-in user as a read-only view (UNAUTHENTICATED for nobody): their entity if the operation has one,
   * else the session's row, without making an entity (a post's author, shown in its answer). */
  requireUserView(): View<ViewerUser> {
    if (!this.#user && this.#deferred) return (this.#deferred.loaded() as View<ViewerUser> | null) ?? this.#deferred.view();
    return this.requireUser();
  }

  /** The signed-in user's entity (UNAUTHENTICATED for nobody); `requireId` when the id is enough. */
  requireUser(): ViewerUser {
    const user = this.user;
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}
