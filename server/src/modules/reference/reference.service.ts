import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import { thenMaybe, type MaybePromise } from '../../common/maybe-promise.js';
import { viewMapper, type View } from '../../common/read-model/rows.js';
import { Municipality } from './municipality.entity.js';
import { Topic } from './topic.entity.js';

export class ReferenceService {
  constructor(private readonly em: EntityManager) {}

  municipalities(countyNumber?: string | null): Promise<Municipality[]> {
    return this.em.find(Municipality, countyNumber ? { countyNumber } : {}, { orderBy: { number: 'asc' } });
  }

  async municipality(number: string): Promise<Municipality> {
    const found = await this.em.findOne(Municipality, { number });
    if (!found) throw new NotFoundError('municipality');
    return found;
  }

  topics(): Promise<Topic[]> {
    return this.em.find(Topic, {}, { orderBy: { sortOrder: 'asc', slug: 'asc' } });
  }
}

/** The topics with these slugs; BAD_USER_INPUT `topic/unknown` on `field` if any does not exist. */
export async function topicsBySlug(em: EntityManager, slugs: string[], field = 'topicSlugs'): Promise<Topic[]> {
  const wanted = [...new Set(slugs)];
  const found = wanted.length ? await em.find(Topic, { slug: { $in: wanted } }) : [];
  if (found.length !== wanted.length) throw UserInputError.field(field, 'topic/unknown');
  return found;
}

/** The municipalities with these numbers; BAD_USER_INPUT `municipality/unknown` on `field` if any does not exist. */
export async function municipalitiesByNumber(em: EntityManager, numbers: string[], field = 'municipalityNumbers'): Promise<Municipality[]> {
  const wanted = [...new Set(numbers)];
  const found = wanted.length ? await em.find(Municipality, { number: { $in: wanted } }) : [];
  if (found.length !== wanted.length) throw UserInputError.field(field, 'municipality/unknown');
  return found;
}

export interface ReferenceData {
  topics: Map<string, View<Topic>>;
  municipalities: Map<string, View<Municipality>>;
}

let referenceData: Promise<ReferenceData> | undefined;
let referenceDataRead: ReferenceData | undefined;

/**
 * Topics and municipalities, read once per process: they come from migrations, nothing in the platform
 * changes them, and every list page shows them (an event card has its topics). Read-only views, never
 * entities of a unit of work, so they are safe to share between requests.
 */
export function cachedReferenceData(em: EntityManager): Promise<ReferenceData> {
  referenceData ??= (async () => {
    const topic = viewMapper(em, Topic);
    const municipality = viewMapper(em, Municipality);
    const [topics, municipalities] = await Promise.all([em.execute('select * from topic order by sort_order, slug'), em.execute('select * from municipality order by number')]);
    referenceDataRead = {
      topics: new Map(topics.map((row) => topic(row)).map((t) => [t.slug, t])),
      municipalities: new Map(municipalities.map((row) => municipality(row)).map((m) => [m.number, m])),
    };
    return referenceDataRead;
  })().catch((err: unknown) => {
    referenceData = undefined; // a later request tries again
    throw err;
  });
  return referenceData;
}

/** These topics, in their order (unknown slugs are skipped); without a promise once the process has read them. */
export function referenceTopics(em: EntityManager, slugs: string[]): MaybePromise<View<Topic>[]> {
  return thenMaybe(referenceDataRead ?? cachedReferenceData(em), ({ topics }) => slugs.flatMap((slug) => topics.get(slug) ?? []).sort((a, b) => a.sortOrder - b.sortOrder));
}

/** These municipalities, by number; without a promise once the process has read them. */
export function referenceMunicipalities(em: EntityManager, numbers: string[]): MaybePromise<View<Municipality>[]> {
  return thenMaybe(referenceDataRead ?? cachedReferenceData(em), ({ municipalities }) => numbers.flatMap((n) => municipalities.get(n) ?? []).sort((a, b) => a.number.localeCompare(b.number)));
}
