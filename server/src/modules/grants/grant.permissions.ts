import { can } from '../../common/auth/policies.js';
import type { Context } from '../../context.js';
import { applicationDecidable, applicationEditable, applicationMay } from './application.states.js';
import { declarationMay } from './declaration.states.js';
import { GrantAccess } from './grant.access.js';
import { ConflictDeclaration, GrantRound, type GrantApplication } from './grant.entity.js';
import type { GrantApplicationPermissions, GrantRoundPermissions } from './grant.types.js';
import { roundEditable, roundMay } from './round.states.js';
import { mayFileAppeal } from './follow-up/follow-up.permissions.js';

/**
 * The `viewerCan` flags of applications and rounds: who the viewer is (applicant organisation, cleared reviewer,
 * county staff) combined with the transition tables, the same functions the services enforce.
 */
export async function applicationPermissions(ctx: Context, app: GrantApplication): Promise<GrantApplicationPermissions> {
  const applicant = can.grantApply(ctx.viewer, app.organisation.id);
  const cleared = await new GrantAccess(ctx).reviewerCleared(app);
  const round = cleared ? await ctx.em.findOneOrFail(GrantRound, { id: app.round.id }) : null;
  return {
    edit: applicant && applicationEditable(app),
    submit: applicant && applicationMay(app, 'submit'),
    resubmit: applicant && applicationMay(app, 'resubmit'),
    withdraw: applicant && applicationMay(app, 'withdraw'),
    assess: cleared,
    declareConflict: cleared && declarationMay(ConflictDeclaration.NO_CONFLICT, 'declareConflict'),
    requestInfo: cleared && applicationMay(app, 'requestInfo'),
    decide: !!round && applicationDecidable(app, round),
    fileAppeal: applicant && (await mayFileAppeal(ctx, app)),
  };
}

export function roundPermissions(ctx: Context, round: GrantRound): GrantRoundPermissions {
  const staff = can.grantAdminister(ctx.viewer);
  return {
    edit: staff && roundEditable(round),
    open: staff && roundMay(round, 'open'),
    close: staff && roundMay(round, 'close'),
    publishDecisions: staff && roundMay(round, 'publishDecisions'),
  };
}
