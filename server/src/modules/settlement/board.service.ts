import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../common/audit.js';
import { authorize } from '../../common/auth/policies.js';
import { AppError, ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import type { NewChange, SettlementBoardChange } from '../../common/change-feed/topics.js';
import { SettlementBase, boardPresenceRoom, countyMunicipalities, settlementTopics } from './settlement.base.js';
import { BoardCell, BoardChange, BoardColumn, BoardState, Recommendation, RecommendationState, RecommendationVersion, SettlementYear } from './settlement.entity.js';
import type { BoardCellInput, RecommendationInput } from './settlement.inputs.js';
import { canSettlement } from './settlement.policy.js';
import { BOARD_TRANSITIONS, RECOMMENDATION_TRANSITIONS, may, step } from './settlement.states.js';

/** The board's number columns (the others hold text). */
export const NUMBER_COLUMNS: ReadonlySet<BoardColumn> = new Set([BoardColumn.RECOMMENDATION, BoardColumn.MINORS, BoardColumn.IMDI_PROPOSAL]);

/** The newest changes a board's history shows at most. */
export const BOARD_HISTORY_MAX = 500;

/** A change of the board, as the topic map types it. */
const boardChange = (year: { id: string }, change: SettlementBoardChange): NewChange => ({ topic: settlementTopics.board(year.id), ...change });

const asText = (cell: Pick<BoardCell, 'column' | 'number' | 'text'>) => (NUMBER_COLUMNS.has(cell.column) ? (cell.number == null ? null : String(cell.number)) : (cell.text ?? null));

export class BoardService extends SettlementBase {
  cells(year: SettlementYear): Promise<BoardCell[]> {
    return this.ctx.em.find(BoardCell, { year }, { orderBy: { municipality: { number: 'asc' }, column: 'asc' } });
  }

  /**
   * Changes one cell if the editor saw its current version; otherwise CONFLICT settlement/cell_version_conflict
   * with the current value, so nobody's edit is silently lost. Every change is kept in the history and
   * announced live to everyone at the board.
   */
  async setCell(input: BoardCellInput): Promise<BoardCell> {
    return this.write(async (tx, changes) => {
      // Shared with other edits, exclusive with locking: a lock waits for edits in flight, and no edit follows it.
      const year = await this.yearFor(input.yearId, (s) => canSettlement.editBoard(this.viewer, s), tx, LockMode.PESSIMISTIC_READ);
      if (year.boardState !== BoardState.OPEN) throw new ConflictError('settlement/board_locked');
      const municipality = await this.municipalityOf(year, input.municipalityNumber, tx);
      const numeric = NUMBER_COLUMNS.has(input.column);
      if (numeric && input.text != null) throw UserInputError.field('text', 'settlement/number_column');
      if (!numeric && input.number != null) throw UserInputError.field('number', 'settlement/text_column');
      // The row exists before anyone waits on it: two first edits of one cell then queue on its lock like later ones.
      await tx.getConnection().execute(
        `insert into settlement_board_cell (id, year_id, municipality_number, "column", version, updated_at) values (gen_random_uuid(), ?, ?, ?, 0, now()) on conflict do nothing`,
        [year.id, municipality.number, input.column],
        'run',
        tx.getTransactionContext(),
      );
      const cell = await tx.findOneOrFail(BoardCell, { year, municipality, column: input.column }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (cell.version !== input.version) {
        throw new ConflictError('settlement/cell_version_conflict', { currentVersion: cell.version, currentNumber: cell.number ?? null, currentText: cell.text ?? null, updatedByName: cell.updatedByName ?? null });
      }
      const before = asText(cell);
      if (numeric) cell.number = input.number ?? null;
      else cell.text = input.text?.trim() ? input.text.trim() : null;
      const after = asText(cell);
      if (before === after) return cell;
      cell.version += 1;
      cell.updatedAt = new Date();
      cell.updatedByName = this.viewer.user?.name ?? null;
      tx.create(BoardChange, { year, municipalityNumber: municipality.number, column: cell.column, fromValue: before, toValue: after, version: cell.version, actorId: this.viewer.id, actorName: cell.updatedByName });
      changes.push(boardChange(year, { type: 'board.cell', payload: { municipalityNumber: municipality.number, column: cell.column, number: cell.number ?? null, text: cell.text ?? null, version: cell.version, updatedByName: cell.updatedByName ?? null, updatedAt: cell.updatedAt.toISOString() } }));
      return cell;
    });
  }

  /** Tells the others at the board which row the viewer is looking at (presence: not stored). */
  async focus(yearId: string, municipalityNumber: string | null): Promise<void> {
    const year = await this.yearFor(yearId, (s) => canSettlement.readBoard(this.viewer, s));
    if (municipalityNumber) await this.municipalityOf(year, municipalityNumber);
    const user = this.viewer.requireUser();
    await this.ctx.presence.signal({ groupId: boardPresenceRoom(year.id), userId: user.id, name: user.name, kind: 'focus', focus: municipalityNumber });
  }

  /** The board's changes, newest first (one municipality's, if given). */
  async history(yearId: string, municipalityNumber?: string | null, first = 100): Promise<BoardChange[]> {
    const year = await this.yearFor(yearId, (s) => canSettlement.readBoard(this.viewer, s));
    return this.ctx.em.find(BoardChange, { year, ...(municipalityNumber ? { municipalityNumber } : {}) }, { orderBy: { at: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), BOARD_HISTORY_MAX) });
  }

  /**
   * OPEN → LOCKED: the board becomes the recommendation, one draft per municipality of the county, with the
   * board's number, minors and comment (drafts already there are overwritten; sent ones are left alone).
   */
  async lock(yearId: string): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.lockBoard(this.viewer));
    return this.write(async (tx, changes) => {
      const year = await this.year(yearId, tx, LockMode.PESSIMISTIC_WRITE);
      year.boardState = step(BOARD_TRANSITIONS, year.boardState, 'lock');
      year.boardLockedAt = new Date();
      const cells = await tx.find(BoardCell, { year });
      const value = (nr: string, column: BoardColumn) => cells.find((c) => c.municipality.number === nr && c.column === column);
      const existing = new Map((await tx.find(Recommendation, { year })).map((r) => [r.municipality.number, r]));
      for (const m of await countyMunicipalities(tx, year.countyNumber)) {
        const rec = existing.get(m.number) ?? tx.create(Recommendation, { year, municipality: m });
        if (rec.state !== RecommendationState.DRAFT) continue;
        rec.number = value(m.number, BoardColumn.RECOMMENDATION)?.number ?? rec.number ?? null;
        rec.minors = value(m.number, BoardColumn.MINORS)?.number ?? rec.minors ?? null;
        rec.reasoning = value(m.number, BoardColumn.COMMENT)?.text ?? rec.reasoning;
        if (existing.has(m.number)) rec.version += 1;
        rec.updatedAt = new Date();
      }
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'board_locked', actor: this.actor() });
      changes.push(boardChange(year, { type: 'board.locked', payload: {} }));
      return year;
    });
  }

  /** LOCKED → OPEN, while no recommendation of the year has been sent. */
  async unlock(yearId: string): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.lockBoard(this.viewer));
    return this.write(async (tx, changes) => {
      const year = await this.year(yearId, tx, LockMode.PESSIMISTIC_WRITE);
      if (await tx.count(Recommendation, { year, sentVersion: { $gt: 0 } })) throw new ConflictError('settlement/recommendations_sent');
      year.boardState = step(BOARD_TRANSITIONS, year.boardState, 'unlock');
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'board_unlocked', actor: this.actor() });
      changes.push(boardChange(year, { type: 'board.unlocked', payload: {} }));
      return year;
    });
  }

  canUnlock(year: SettlementYear): Promise<boolean> {
    if (!canSettlement.lockBoard(this.viewer) || !may(BOARD_TRANSITIONS, year.boardState, 'unlock')) return Promise.resolve(false);
    return this.ctx.em.count(Recommendation, { year, sentVersion: { $gt: 0 } }).then((n) => n === 0);
  }

  // ── Recommendations ────────────────────────────────────────────────────────────────────────────────

  /** The year's recommendations the viewer may read: drafts for county staff, sent ones also for the agencies and their own municipality. */
  async recommendations(year: SettlementYear): Promise<Recommendation[]> {
    const standing = await this.standing();
    const all = await this.ctx.em.find(Recommendation, { year }, { orderBy: { municipality: { number: 'asc' } } });
    return all.filter((r) => canSettlement.readRecommendation(this.viewer, standing, r.municipality.number, r.sentVersion > 0));
  }

  versions(rec: Recommendation): Promise<RecommendationVersion[]> {
    return this.ctx.em.find(RecommendationVersion, { recommendation: rec }, { orderBy: { version: 'desc' } });
  }

  private async draft(id: string, tx: EntityManager): Promise<{ rec: Recommendation; year: SettlementYear }> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    const rec = isUuid(id) ? await tx.findOne(Recommendation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!rec) throw new NotFoundError('settlement_recommendation');
    const year = await this.year(rec.year.id, tx);
    return { rec, year };
  }

  /** Saves a draft, against the version the editor saw. */
  async saveRecommendation(id: string, expectedVersion: number, input: RecommendationInput): Promise<Recommendation> {
    return this.write(async (tx, changes) => {
      const { rec, year } = await this.draft(id, tx);
      if (rec.state !== RecommendationState.DRAFT) throw new ConflictError('settlement/recommendation_sent');
      if (rec.version !== expectedVersion) throw new ConflictError('settlement/version_conflict', { currentVersion: rec.version });
      if (input.number != null) rec.number = input.number;
      if (input.minors != null) rec.minors = input.minors;
      if (input.reasoning != null) rec.reasoning = input.reasoning.trim();
      if (rec.number != null && rec.minors != null && rec.minors > rec.number) throw UserInputError.field('minors', 'settlement/minors_exceed_total');
      rec.version += 1;
      rec.updatedAt = new Date();
      changes.push(boardChange(year, { type: 'recommendation.saved', payload: { municipalityNumber: rec.municipality.number } }));
      return rec;
    });
  }

  /**
   * DRAFT → SENT for every draft of the year at once (the letter to IMDi covers them all): each is locked and its
   * sent version kept. Every draft must have a number and minors (BAD_USER_INPUT lists those that do not).
   */
  async send(yearId: string): Promise<Recommendation[]> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    return this.write(async (tx, changes) => {
      const year = await this.year(yearId, tx, LockMode.PESSIMISTIC_WRITE);
      const drafts = await tx.find(Recommendation, { year, state: RecommendationState.DRAFT }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { municipality: { number: 'asc' } } });
      if (!drafts.length) throw new ConflictError('settlement/nothing_to_send');
      const incomplete = drafts.filter((r) => r.number == null || r.minors == null || r.minors > r.number);
      if (incomplete.length) {
        throw new AppError('BAD_USER_INPUT', 'settlement/recommendation_incomplete', { municipalities: incomplete.map((r) => r.municipality.number), fields: [{ field: 'number', message: 'settlement/recommendation_incomplete' }] });
      }
      const now = new Date();
      for (const rec of drafts) {
        rec.state = step(RECOMMENDATION_TRANSITIONS, rec.state, 'send');
        rec.sentVersion += 1;
        rec.sentAt = now;
        rec.updatedAt = now;
        tx.create(RecommendationVersion, { recommendation: rec, version: rec.sentVersion, number: rec.number!, minors: rec.minors!, reasoning: rec.reasoning, sentByName: this.viewer.user?.name ?? null, sentAt: now });
        audit(tx, { entityType: 'settlement_recommendation', entityId: rec.id, action: 'state:DRAFT→SENT', actor: this.actor(), details: { version: rec.sentVersion, number: rec.number, minors: rec.minors } });
      }
      changes.push(boardChange(year, { type: 'recommendation.sent', payload: {} }));
      return drafts;
    });
  }

  /** SENT → DRAFT: a new version to send; the sent ones stay in the history. */
  async revise(id: string): Promise<Recommendation> {
    return this.write(async (tx, changes) => {
      const { rec, year } = await this.draft(id, tx);
      rec.state = step(RECOMMENDATION_TRANSITIONS, rec.state, 'revise');
      rec.version += 1;
      rec.updatedAt = new Date();
      audit(tx, { entityType: 'settlement_recommendation', entityId: rec.id, action: 'state:SENT→DRAFT', actor: this.actor() });
      changes.push(boardChange(year, { type: 'recommendation.revised', payload: { municipalityNumber: rec.municipality.number } }));
      return rec;
    });
  }

  /** The letter to IMDi: every sent recommendation of the year, as last sent (the agencies and county staff). */
  async letter(yearId: string) {
    const year = await this.year(yearId);
    const standing = await this.standing();
    authorize(this.viewer, canSettlement.administer(this.viewer) || standing.agency);
    const recs = await this.ctx.em.find(Recommendation, { year, sentVersion: { $gt: 0 } }, { orderBy: { municipality: { number: 'asc' } } });
    const versions = recs.length ? await this.ctx.em.find(RecommendationVersion, { recommendation: { $in: recs } }, { orderBy: { version: 'desc' } }) : [];
    const municipalities = new Map((await this.ctx.em.find(Municipality, { countyNumber: year.countyNumber })).map((m) => [m.number, m]));
    const lines = recs.flatMap((r) => {
      const v = versions.find((x) => x.recommendation.id === r.id);
      if (!v) return [];
      return { municipalityNumber: r.municipality.number, municipalityName: municipalities.get(r.municipality.number)?.name ?? r.municipality.number, number: v.number, minors: v.minors, reasoning: v.reasoning, version: v.version, sentAt: v.sentAt };
    });
    const countyName = [...municipalities.values()][0]?.countyName ?? year.countyNumber;
    return {
      year,
      countyName,
      sentAt: lines.reduce<Date | null>((latest, l) => (!latest || l.sentAt > latest ? l.sentAt : latest), null),
      total: lines.reduce((s, l) => s + l.number, 0),
      totalMinors: lines.reduce((s, l) => s + l.minors, 0),
      lines,
    };
  }
}
