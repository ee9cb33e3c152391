import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { clampFirst } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { SearchService } from './search.service.js';
import { SearchFilter, SearchResults } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: 'Searches events, activities, resources, grant calls, organisations and (for members) group messages; only what the viewer may see.' })
  @TextArgs({ query: 'single-line' })
  search(
    @Ctx() ctx: Context,
    @Arg('query', () => String) query: string,
    @Arg('filter', () => SearchFilter, { nullable: true }) filter?: SearchFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<SearchResults> {
    return new SearchService(ctx).search(query, filter ?? {}, clampFirst(first));
  }
}
