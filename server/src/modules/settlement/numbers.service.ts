import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../common/audit.js';
import { authorize } from '../../common/auth/policies.js';
import { AppError, ConflictError, UserInputError } from '../../common/errors.js';
import { Municipality } from '../reference/municipality.entity.js';
import type { NewChange } from '../../common/change-feed/topics.js';
import { SettlementBase, countyMunicipalities, parseDate, settlementTopics } from './settlement.base.js';
import { DecisionStatus, SettlementNumbers, SettlementYear } from './settlement.entity.js';
import type { SettledInput, SettlementDecisionInput, SettlementRequestInput } from './settlement.inputs.js';
import { MAX_SETTLEMENT_NUMBER } from './settlement.inputs.js';
import { canSettlement } from './settlement.policy.js';
import { DECISION_TRANSITIONS, stepTo } from './settlement.states.js';

/** A CSV of requests: at most this many characters and rows (a county has a few dozen municipalities). */
export const REQUEST_CSV_MAX_CHARS = 100_000;
export const REQUEST_CSV_MAX_ROWS = 500;

const numbersChange = (year: { id: string }, type: 'numbers.request' | 'numbers.decision' | 'numbers.settled' | 'numbers.document', municipalityNumber: string): NewChange => ({
  topic: settlementTopics.numbers(year.id),
  type,
  payload: { municipalityNumber },
});

export interface ProgressRow {
  municipality: Municipality;
  requested: number;
  decided: number;
  settled: number;
}

export class NumbersService extends SettlementBase {
  /** The year's numbers per municipality (rows only where something was recorded). */
  async numbers(year: SettlementYear): Promise<SettlementNumbers[]> {
    authorize(this.viewer, canSettlement.readNumbers(this.viewer, await this.standing(), year));
    return this.ctx.em.find(SettlementNumbers, { year }, { orderBy: { municipality: { number: 'asc' } } });
  }

  /** The row of one municipality, created on first write and locked for it. */
  private async row(tx: EntityManager, year: SettlementYear, municipality: Municipality): Promise<SettlementNumbers> {
    await tx.getConnection().execute(
      `insert into settlement_numbers (id, year_id, municipality_number, updated_at) values (gen_random_uuid(), ?, ?, now()) on conflict do nothing`,
      [year.id, municipality.number],
      'run',
      tx.getTransactionContext(),
    );
    return tx.findOneOrFail(SettlementNumbers, { year, municipality }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** IMDi's request to one municipality, recorded by county staff or an agency member. */
  async setRequest(yearId: string, municipalityNumber: string, input: SettlementRequestInput): Promise<SettlementNumbers> {
    return this.write(async (tx, changes) => {
      const year = await this.yearFor(yearId, (s) => canSettlement.recordRequest(this.viewer, s), tx);
      const municipality = await this.municipalityOf(year, municipalityNumber, tx);
      if (input.requestedMinors != null && input.requestedMinors > input.requested) throw UserInputError.field('requestedMinors', 'settlement/minors_exceed_total');
      const row = await this.row(tx, year, municipality);
      this.applyRequest(row, input.requested, input.requestedMinors ?? null);
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'request_recorded', actor: this.actor(), details: { municipality: municipality.number, requested: input.requested, requestedMinors: input.requestedMinors ?? null } });
      changes.push(numbersChange(year, 'numbers.request', municipality.number));
      return row;
    });
  }

  private applyRequest(row: SettlementNumbers, requested: number, minors: number | null) {
    row.requested = requested;
    row.requestedMinors = minors;
    row.requestRecordedAt = row.updatedAt = new Date();
  }

  /**
   * Requests from a CSV file's text: one line per municipality, "kommunenummer;anmodning[;herav EM]" (comma, semicolon
   * or tab; a header line and blank lines are skipped). All or nothing: any bad line refuses the whole file, with
   * every problem listed by line.
   */
  async importRequests(yearId: string, csv: string): Promise<SettlementNumbers[]> {
    if (csv.length > REQUEST_CSV_MAX_CHARS) throw UserInputError.field('csv', 'settlement/csv_too_large');
    return this.write(async (tx, changes) => {
      const year = await this.yearFor(yearId, (s) => canSettlement.recordRequest(this.viewer, s), tx);
      const known = new Map((await countyMunicipalities(tx, year.countyNumber)).map((m) => [m.number, m]));
      const { rows, problems } = parseRequestCsv(csv, known);
      if (problems.length) throw new AppError('BAD_USER_INPUT', 'settlement/csv_invalid', { problems, fields: [{ field: 'csv', message: 'settlement/csv_invalid' }] });
      if (!rows.length) throw UserInputError.field('csv', 'settlement/csv_empty');
      const saved: SettlementNumbers[] = [];
      for (const r of rows) {
        const row = await this.row(tx, year, known.get(r.municipality)!);
        this.applyRequest(row, r.requested, r.minors);
        saved.push(row);
      }
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'requests_imported', actor: this.actor(), details: { rows: rows.length } });
      changes.push({ topic: settlementTopics.numbers(year.id), type: 'numbers.imported', payload: {} });
      return saved;
    });
  }

  /** The municipality's decision: the municipality itself or county staff; DECISION_TRANSITIONS says what may follow what. */
  async setDecision(yearId: string, municipalityNumber: string, input: SettlementDecisionInput): Promise<SettlementNumbers> {
    return this.write(async (tx, changes) => {
      const year = await this.yearFor(yearId, (s) => canSettlement.recordDecision(this.viewer, s, municipalityNumber), tx);
      const municipality = await this.municipalityOf(year, municipalityNumber, tx);
      const row = await this.row(tx, year, municipality);
      row.decisionStatus = stepTo(DECISION_TRANSITIONS, row.decisionStatus ?? 'NONE', input.status) as DecisionStatus;
      if (input.status === DecisionStatus.DECIDED) {
        if (input.decided == null) throw UserInputError.field('decided', 'settlement/decision_number_required');
        if (input.decidedMinors == null) throw UserInputError.field('decidedMinors', 'settlement/decision_minors_required');
        if (!input.decidedOn) throw UserInputError.field('decidedOn', 'settlement/decision_date_required');
        row.decided = input.decided;
        row.decidedMinors = input.decidedMinors;
        row.decidedOn = parseDate('decidedOn', input.decidedOn);
      } else {
        row.decided = null;
        row.decidedMinors = null;
        row.decidedOn = null;
      }
      row.updatedAt = new Date();
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'decision_recorded', actor: this.actor(), details: { municipality: municipality.number, status: input.status, decided: row.decided ?? null } });
      changes.push(numbersChange(year, 'numbers.decision', municipality.number));
      return row;
    });
  }

  /** Settled so far this year: the municipality itself or county staff, as the year goes on. */
  async setSettled(yearId: string, municipalityNumber: string, input: SettledInput): Promise<SettlementNumbers> {
    return this.write(async (tx, changes) => {
      const year = await this.yearFor(yearId, (s) => canSettlement.recordSettled(this.viewer, s, municipalityNumber), tx);
      const municipality = await this.municipalityOf(year, municipalityNumber, tx);
      if (input.settledMinors != null && input.settledMinors > input.settled) throw UserInputError.field('settledMinors', 'settlement/minors_exceed_total');
      const row = await this.row(tx, year, municipality);
      row.settled = input.settled;
      row.settledMinors = input.settledMinors ?? null;
      row.settledUpdatedAt = row.updatedAt = new Date();
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'settled_recorded', actor: this.actor(), details: { municipality: municipality.number, settled: input.settled } });
      changes.push(numbersChange(year, 'numbers.settled', municipality.number));
      return row;
    });
  }

  /** The row a decision document may be attached to now (the municipality or county staff, once a decision is recorded). */
  async documentTarget(yearId: string, municipalityNumber: string, em: EntityManager = this.ctx.em): Promise<{ year: SettlementYear; row: SettlementNumbers }> {
    const year = await this.yearFor(yearId, (s) => canSettlement.recordDecision(this.viewer, s, municipalityNumber), em);
    const municipality = await this.municipalityOf(year, municipalityNumber, em);
    const row = await em.findOne(SettlementNumbers, { year, municipality });
    if (!row?.decisionStatus) throw new ConflictError('settlement/decision_required');
    return { year, row };
  }

  /** Records an uploaded decision document; `store` writes the file inside the transaction (a failed write leaves no trace). */
  async attachDocument(yearId: string, municipalityNumber: string, file: { filename: string; mimeType: string; size: number; sha256: string }, store: (rowId: string) => Promise<void>): Promise<SettlementNumbers> {
    return this.write(async (tx, changes) => {
      const { year, row } = await this.documentTarget(yearId, municipalityNumber, tx);
      await tx.lock(row, LockMode.PESSIMISTIC_WRITE);
      Object.assign(row, { documentFilename: file.filename, documentMimeType: file.mimeType, documentSize: file.size, documentSha256: file.sha256, documentUploadedAt: new Date(), updatedAt: new Date() });
      await store(row.id);
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'decision_document', actor: this.actor(), details: { municipality: municipalityNumber, filename: file.filename } });
      changes.push(numbersChange(year, 'numbers.document', municipalityNumber));
      return row;
    });
  }

  /** Requested, decided and settled per municipality of the county (0 where nothing is recorded), and the county's sums. */
  async progress(year: SettlementYear): Promise<{ rows: ProgressRow[]; requested: number; decided: number; settled: number }> {
    const numbers = await this.numbers(year);
    const byNumber = new Map(numbers.map((n) => [n.municipality.number, n]));
    const rows = (await countyMunicipalities(this.ctx.em, year.countyNumber)).map((m) => {
      const n = byNumber.get(m.number);
      return { municipality: m, requested: n?.requested ?? 0, decided: n?.decisionStatus === DecisionStatus.DECIDED ? (n.decided ?? 0) : 0, settled: n?.settled ?? 0 };
    });
    const sum = (k: 'requested' | 'decided' | 'settled') => rows.reduce((s, r) => s + r[k], 0);
    return { rows, requested: sum('requested'), decided: sum('decided'), settled: sum('settled') };
  }
}

export interface CsvProblem {
  line: number;
  message: string;
}

/** Reads the request CSV (see importRequests). Exported for its own tests. */
export function parseRequestCsv(text: string, known: ReadonlyMap<string, unknown>): { rows: { municipality: string; requested: number; minors: number | null }[]; problems: CsvProblem[] } {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  const rows: { municipality: string; requested: number; minors: number | null }[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  const nonEmpty = lines.filter((l) => l.trim()).length;
  if (nonEmpty > REQUEST_CSV_MAX_ROWS + 1) return { rows: [], problems: [{ line: REQUEST_CSV_MAX_ROWS + 2, message: 'settlement/csv_too_many_rows' }] };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const cells = raw.split(/[;,\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
    // A header: its first cell is not a number.
    if (!rows.length && !problems.length && !/^\d+$/.test(cells[0] ?? '')) return;
    const [nr, requested, minors] = cells;
    const number = (value: string | undefined) => (value && /^\d{1,6}$/.test(value) && Number(value) <= MAX_SETTLEMENT_NUMBER ? Number(value) : null);
    if (!nr || !known.has(nr.padStart(4, '0'))) return void problems.push({ line, message: 'municipality/unknown' });
    const municipality = nr.padStart(4, '0');
    if (seen.has(municipality)) return void problems.push({ line, message: 'settlement/csv_duplicate' });
    seen.add(municipality);
    const r = number(requested);
    if (r == null) return void problems.push({ line, message: 'settlement/number_invalid' });
    const m = minors === undefined || minors === '' ? null : number(minors);
    if (minors && m == null) return void problems.push({ line, message: 'settlement/number_invalid' });
    if (m != null && m > r) return void problems.push({ line, message: 'settlement/minors_exceed_total' });
    rows.push({ municipality, requested: r, minors: m });
  });
  return { rows, problems };
}
