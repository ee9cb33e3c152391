import { IsOptional, MaxLength } from 'class-validator';
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
registerEnumType(SearchType, { name: 'SearchType' });

@InputType()
export class SearchFilter {
  @Field(() => [SearchType], { nullable: true }) types?: SearchType[] | null;
  @Field(() => ID, { nullable: true }) topic?: string | null;
  @Field(() => ID, { nullable: true }) municipality?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, { message: 'validation/invalid_input' }) language?: string | null;
}

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => SearchType) type!: SearchType;
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Where it lives in the client.' }) url!: string;
  @Field(() => String, { description: 'HTML-escaped text with the matched words in <mark>.' }) snippet!: string;
  @Field(() => Float) rank!: number;
}

@ObjectType()
export class SearchResults {
  @Field(() => [SearchHit]) hits!: SearchHit[];
  @Field(() => Int) totalCount!: number;
  @Field(() => [FacetValue], { description: 'Hits per type the viewer can see.' }) typeFacet!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Hits per topic slug, with the other filters applied.' }) topicFacet!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Hits per municipality number, with the other filters applied.' }) municipalityFacet!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Hits per language code, with the other filters applied.' }) languageFacet!: FacetValue[];
}
