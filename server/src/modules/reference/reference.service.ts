import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../common/errors.js';
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
