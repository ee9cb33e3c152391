import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { criterionKey, formatNok, formatOslo, instantToOsloLocal, moneyOverview, osloDateKey, parseAmount, parseAuditAction, serverMessage, stateBuckets, toBars, weightedScore } from './format';

describe('Oslo times', () => {
  it('shows an instant as Oslo wall-clock for datetime-local inputs (summer and winter time)', () => {
    expect(instantToOsloLocal('2026-06-30T10:00:00.000Z')).toBe('2026-06-30T12:00');
    expect(instantToOsloLocal('2026-01-15T23:30:00.000Z')).toBe('2026-01-16T00:30');
    expect(instantToOsloLocal(null)).toBe('');
  });

  it('formats date and time in the interface language', () => {
    expect(formatOslo('2026-06-30T10:00:00.000Z', 'nb')).toMatch(/^30\. juni? 2026 kl\. 12\.00$/);
    expect(formatOslo('2026-06-30T10:00:00.000Z', 'en')).toBe('30 Jun 2026, 12:00');
    expect(osloDateKey('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
  });
});

describe('amounts', () => {
  it('formats NOK without decimals', () => {
    expect(formatNok(1_500_000, 'nb').replace(/\s/g, ' ')).toBe('1 500 000 kr');
    expect(formatNok(1_500_000, 'en').replace(/\s/g, ' ')).toBe('NOK 1,500,000');
  });

  it('parses whole amounts with spaces', () => {
    expect(parseAmount('1 500 000')).toBe(1_500_000);
    expect(parseAmount('250000 kr')).toBe(250_000);
    expect(parseAmount('12,5')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-3')).toBeNull();
  });

  it('sums up the budget position', () => {
    expect(moneyOverview({ budget: 1_000, requested: 2_500, granted: 1_200 })).toEqual({ budget: 1_000, requested: 2_500, granted: 1_200, remaining: -200, pressure: 2.5 });
    expect(moneyOverview({ budget: 0, requested: 10, granted: 0 }).pressure).toBe(0);
  });
});

describe('chart data', () => {
  it('scales bars to the largest value', () => {
    const bars = toBars([{ v: 'a', n: 2 }, { v: 'b', n: 8 }, { v: 'c', n: 0 }], (i) => i.v, (i) => i.v.toUpperCase(), (i) => i.n);
    expect(bars).toEqual([
      { key: 'a', label: 'A', value: 2, percent: 25 },
      { key: 'b', label: 'B', value: 8, percent: 100 },
      { key: 'c', label: 'C', value: 0, percent: 0 },
    ]);
  });

  it('gives empty bars when everything is zero', () => {
    expect(toBars([{ n: 0 }], () => 'x', () => 'x', (i) => i.n)[0]!.percent).toBe(0);
    expect(toBars([], () => 'x', () => 'x', () => 1)).toEqual([]);
  });

  it('orders states by life cycle and fills in missing ones', () => {
    const out = stateBuckets([{ value: 'SUBMITTED', count: 2, requested: 480 }, { value: 'DRAFT', count: 1, requested: 250 }]);
    expect(out.map((b) => b.value)).toEqual(['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED', 'DECIDED', 'WITHDRAWN']);
    expect(out[1]).toEqual({ value: 'SUBMITTED', count: 2, requested: 480 });
    expect(out[2]!.count).toBe(0);
  });
});

describe('assessment', () => {
  const criteria = [{ key: 'relevance', weight: 3 }, { key: 'feasibility', weight: 2 }, { key: 'cooperation', weight: 1 }];
  it('weights scores like the server', () => {
    expect(weightedScore(criteria, { relevance: 5, feasibility: 4, cooperation: 3 })).toBe(4.33);
    expect(weightedScore(criteria, { relevance: 5 })).toBe(2.5);
    expect(weightedScore(criteria, {})).toBeNull();
  });
});

describe('audit actions', () => {
  it('recognises state changes and known actions', () => {
    expect(parseAuditAction('state:DRAFT→OPEN')).toEqual({ key: 'state', from: 'DRAFT', to: 'OPEN', raw: 'state:DRAFT→OPEN' });
    expect(parseAuditAction('decision').key).toBe('decision');
    expect(parseAuditAction('attachment_added').key).toBe('attachment_added');
    expect(parseAuditAction('Something: odd').key).toBeNull();
  });
});

describe('server message', () => {
  it('reads the message key of the first GraphQL error', () => {
    const error = new ApolloError({ graphQLErrors: [new GraphQLError('grant/over_budget', { extensions: { code: 'CONFLICT', budget: 10, total: 12 } })] });
    expect(serverMessage(error)).toBe('grant/over_budget');
    expect(serverMessage(new Error('x'))).toBeNull();
  });
});

describe('criterion keys', () => {
  it('derives a stable key from the title', () => {
    expect(criterionKey('Relevans for målgruppen')).toBe('relevans-for-malgruppen');
    expect(criterionKey('  Gjennomførbarhet & budsjett ')).toBe('gjennomforbarhet-budsjett');
    expect(criterionKey('x'.repeat(60))).toHaveLength(40);
  });
});
