import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { User } from '../../modules/accounts/user.entity.js';
import { PlatformRole } from './roles.js';
import { loadViewer } from './session.js';

const server = testServerForFile();
const make = factories(server);

describe('the viewer of a session', () => {
  it('answers its checks from the session row and makes the user entity only when asked, the one the operation loaded if it did', async () => {
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    const em = server.orm.em.fork();
    const viewer = await loadViewer(em, server.config.sessionSecret, cookie);
    expect([viewer.signedIn, viewer.id, viewer.isStaff, viewer.emailVerified]).toEqual([true, user.id, false, !!user.emailVerifiedAt]);
    // No entity yet: a read that never asks for viewer.user does not pay for one, nor does one that only needs to
    // know who asks (a thread page, the event list's registrations).
    expect([viewer.requireId(), viewer.platformRole]).toEqual([user.id, user.platformRole]);
    // A post's author, shown in its answer: a view of the session's row, not an entity.
    expect(viewer.requireUserView()).toMatchObject({ id: user.id, name: user.name });
    expect(em.getUnitOfWork().getById('User', user.id)).toBeUndefined();
    // The operation loads the user and changes the role: the viewer's checks now read that entity.
    const loaded = await em.findOneOrFail(User, { id: user.id });
    loaded.platformRole = PlatformRole.COUNTY_STAFF;
    expect(viewer.isStaff).toBe(true);
    expect(viewer.user).toBe(loaded);
    // Without a loaded one, asking makes it from the session's row, managed by the operation's unit of work.
    const other = await loadViewer(server.orm.em.fork(), server.config.sessionSecret, cookie);
    expect(other.user).toMatchObject({ id: user.id, name: user.name });
    expect(other.requireUser()).toBe(other.user);
  });

  it('refuses requireId and requireUser to nobody', async () => {
    const nobody = await loadViewer(server.orm.em.fork(), server.config.sessionSecret, undefined);
    expect(() => nobody.requireId()).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => nobody.requireUser()).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
  });
});
