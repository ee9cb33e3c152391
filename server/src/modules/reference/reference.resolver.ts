import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Municipality } from './municipality.entity.js';
import { ReferenceService } from './reference.service.js';
import { Topic } from './topic.entity.js';

@Resolver()
export class ReferenceResolver {
  @Query(() => [Municipality], { description: 'Municipalities, ordered by number; optionally one county only.' })
  municipalities(
    @Ctx() ctx: Context,
    @Arg('countyNumber', () => String, { nullable: true, description: 'Two-digit county number, e.g. "40".' })
    countyNumber?: string | null,
  ): Promise<Municipality[]> {
    return new ReferenceService(ctx.em).municipalities(countyNumber);
  }

  @Query(() => Municipality, { description: 'One municipality by its number; NOT_FOUND when unknown.' })
  municipality(@Ctx() ctx: Context, @Arg('number', () => ID, { description: 'The four-digit municipality number, e.g. "4003".' }) number: string): Promise<Municipality> {
    return new ReferenceService(ctx.em).municipality(number);
  }

  @Query(() => [Topic], { description: 'All topics, in display order.' })
  topics(@Ctx() ctx: Context): Promise<Topic[]> {
    return new ReferenceService(ctx.em).topics();
  }
}
