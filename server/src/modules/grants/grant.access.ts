import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '../../common/auth/policies.js';
import { writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { defineKeyedLoader } from '../../common/read-model/memo.js';
import type { Context } from '../../context.js';
import { isUuid } from '../../common/sql.js';
import type { DeclarationState } from './declaration.states.js';
import { ApplicationState, ConflictDeclaration, GrantApplication, GrantRound, RoundState } from './grant.entity.js';

/**
 * What every grant service starts from: the viewer, the audit log's actor, one way to write, and who may see
 * which round and application. The reviewer gate lives here, the one rule for what county staff may read of an
 * application beyond its title, organisation and state (its content, other reviewers' scores and comments, the
 * audit log's details): only after declaring no conflict of interest for it.
 */
export class GrantAccess {
  constructor(protected readonly ctx: Context) {}

  protected get viewer() {
    return this.ctx.viewer;
  }

  protected actor() {
    const u = this.viewer.user;
    return u ? { id: u.id, name: u.name } : null;
  }

  protected write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  /** A round as the viewer may see it: drafts only for county staff. */
  async round(id: string, em: EntityManager = this.ctx.em): Promise<GrantRound> {
    const r = isUuid(id) ? await em.findOne(GrantRound, { id }) : null;
    if (!r || (r.state === RoundState.DRAFT && !can.grantAdminister(this.viewer))) throw new NotFoundError('grant_round');
    return r;
  }

  /** An application: for its organisation, and for county staff once they have declared no conflict of interest. */
  async application(id: string, em: EntityManager = this.ctx.em): Promise<GrantApplication> {
    const app = isUuid(id) ? await em.findOne(GrantApplication, { id }) : null;
    if (!app) throw new NotFoundError('grant_application');
    if (can.grantApply(this.viewer, app.organisation.id)) return app;
    if (can.grantAdminister(this.viewer) && app.state !== ApplicationState.DRAFT) {
      if (await this.reviewerCleared(app, em)) return app;
      const declared = await this.declarationOf(app, em);
      throw new ForbiddenError(declared === ConflictDeclaration.CONFLICT ? 'grant/conflict_declared' : 'grant/declaration_required');
    }
    throw new NotFoundError('grant_application');
  }

  /**
   * The reviewer gate: county staff who have declared no conflict of interest for the application. Asked once
   * per operation (within a transaction, on it), so a ranking of many applications costs one query.
   */
  async reviewerCleared(app: { id: string }, em: EntityManager = this.ctx.em): Promise<boolean> {
    if (!can.grantAdminister(this.viewer)) return false;
    return (await this.declarationOf(app, em)) === ConflictDeclaration.NO_CONFLICT;
  }

  /** The viewer's own declaration for the application (NONE: not answered). */
  async declarationOf(app: { id: string }, em: EntityManager = this.ctx.em): Promise<DeclarationState> {
    return (await this.declarations(em)).get(app.id) ?? 'NONE';
  }

  /** Whether the viewer may read an application's content: its organisation, or a cleared reviewer. */
  async contentVisible(app: GrantApplication): Promise<boolean> {
    return can.grantApply(this.viewer, app.organisation.id) || this.reviewerCleared(app);
  }

  /** The viewer's own declarations, by application id; once per operation on the read path. */
  private declarations(em: EntityManager): Promise<Map<string, ConflictDeclaration>> {
    const reviewerId = this.viewer.id;
    if (!reviewerId) return Promise.resolve(new Map());
    return em === this.ctx.em ? reviewerDeclarations(this.ctx).load(reviewerId) : readDeclarations(em, reviewerId);
  }
}

async function readDeclarations(em: EntityManager, reviewerId: string): Promise<Map<string, ConflictDeclaration>> {
  const rows = await em.execute<{ application_id: string; declaration: ConflictDeclaration }[]>('select application_id, declaration from grant_assessment where reviewer_id = ?', [reviewerId]);
  return new Map(rows.map((r) => [r.application_id, r.declaration]));
}

const reviewerDeclarations = defineKeyedLoader((ctx: Context, reviewerId: string) => readDeclarations(ctx.em, reviewerId));
