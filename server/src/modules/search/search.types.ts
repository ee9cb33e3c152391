import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FacetValue } from '../activities/activity.types.js';

export enum SearchType {
  EVENT = 'EVENT',
  ACTIVITY = 'ACTIVITY',
  RESOURCE = 'RESOURCE',
  ORGANISATION = 'ORGANISATION',
  MESSAGE = 'MESSAGE',
  GRANT_ROUND = 'GRANT_ROUND',
}
registerEnumType(SearchType, { name: 'SearchType', description: 'What a search hit is: an event, activity, resource, organisation, group message or grant round.' });

@InputType({ description: 'Filters for search; combined with AND.' })
export class SearchFilter {
  @Field(() => [SearchType], { nullable: true, description: 'Only these types of hit (any of them); all when omitted.' }) types?: SearchType[] | null;
  @Field(() => ID, { nullable: true, description: 'Only hits on this topic (slug).' }) topic?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only hits for this municipality (number).' }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: 'Only hits in this language (code such as nb, en, uk).' }) @IsOptional() @MaxLength(10, { message: 'validation/invalid_input' }) language?: string | null;
  // The lists let a facet take several values (any of them); the single fields above stay for existing callers and
  // count as one more value of their list.
  @Field(() => [ID], { nullable: true, description: 'Only hits on any of these topics (slugs, at most 50); together with `topic`, any of them.' }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) @Matches(/^[a-z0-9-]{1,64}$/, { each: true, message: 'validation/invalid_input' }) topics?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Only hits for any of these municipalities (four-digit numbers, at most 50); together with `municipality`, any of them.' }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) @Matches(/^\d{4}$/, { each: true, message: 'validation/invalid_input' }) municipalities?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Only hits in any of these languages (codes such as nb, en, uk; at most 20); together with `language`, any of them.' }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) @Matches(/^[a-zA-Z]{2,3}$/, { each: true, message: 'validation/invalid_input' }) languages?: string[] | null;
}

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => SearchType, { description: 'What sort of thing it is.' }) type!: SearchType;
  @Field(() => ID, { description: 'The id of the event, activity, resource, organisation, grant round or message.' }) id!: string;
  @Field(() => String, { description: 'Its title (for a message, the thread’s title).' }) title!: string;
  @Field(() => String, { description: 'Where it lives in the client.' }) url!: string;
  @Field(() => String, { description: 'HTML-escaped text with the matched words in <mark>.' }) snippet!: string;
  @Field(() => Float, { description: 'How well it matches; hits come best first.' }) rank!: number;
}

@ObjectType({ description: 'Search hits with facet counts.' })
export class SearchResults {
  @Field(() => [SearchHit], { description: 'The best hits, best first.' }) hits!: SearchHit[];
  @Field(() => Int, { description: 'How many hits there are in all, with the filter applied; with totalCountCapped, how many were counted.' }) totalCount!: number;
  @Field(() => Boolean, { description: 'True when a type had more matches than are counted (250 of each): totalCount and the facets then count those, and the hits are the best of them. Narrow the search to see all.' }) totalCountCapped!: boolean;
  @Field(() => [FacetValue], { description: 'Hits per type the viewer can see.' }) typeFacet!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Hits per topic slug, with the other filters applied.' }) topicFacet!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Hits per municipality number, with the other filters applied.' }) municipalityFacet!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Hits per language code, with the other filters applied.' }) languageFacet!: FacetValue[];
  @Field(() => String, { nullable: true, description: 'A corrected query ("mente du …?") with each word the texts do not know replaced by the most similar one that they do, when it finds something; null otherwise.' }) didYouMean!: string | null;
  @Field(() => Boolean, { description: 'True when the query itself found nothing and these hits, facets and counts are didYouMean’s instead.' }) showsDidYouMean!: boolean;
}
