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
    @Arg('query', () => String, { description: 'Words to search for, 1–200 characters; Norwegian stemming, and "quotes", OR and -minus as in web search.' }) query: string,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Narrows the hits by type, topic, municipality or language; the facets show what each choice gives.' }) filter?: SearchFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many hits, 1–100.' }) first = 20,
  ): Promise<SearchResults> {
    return new SearchService(ctx).search(query, filter ?? {}, clampFirst(first));
  }
}
