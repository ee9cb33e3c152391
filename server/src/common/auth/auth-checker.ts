import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context.js';
import { viewerForAuth } from '../change-feed/fan-out.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

export type AuthRole = 'COUNTY_STAFF' | 'ADMIN';

/** `@Authorized()` needs a signed-in user; `@Authorized('COUNTY_STAFF')` county staff (or admin); `@Authorized('ADMIN')` an admin.
 * Object-level rules live in policies.ts and are checked by the services. */
export const authChecker: AuthChecker<Context, AuthRole> = ({ context }, roles) => {
  const v = viewerForAuth(context);
  if (!v.signedIn) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  if (roles.includes('ADMIN') && v.isAdmin) return true;
  if (roles.includes('COUNTY_STAFF') && v.isStaff) return true;
  throw new ForbiddenError();
};
