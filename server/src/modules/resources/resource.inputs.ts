import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { ResourceAccess, ResourceKind } from './resource.entity.js';

@InputType({ description: 'A resource as shared or edited (files are uploaded separately, by POST to /filer/ressurser/<id>).' })
export class ResourceInput {
  @Field(() => ID, { nullable: true, description: 'The sharing organisation (create only).' }) organisationId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(3, 200, { message: 'resource/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000, { message: 'resource/summary_length' }) @MultiLineText() summary?: string | null;
  @Field(() => ResourceKind, { nullable: true }) kind?: ResourceKind | null;
  @Field(() => ResourceAccess, { nullable: true }) access?: ResourceAccess | null;
  @Field(() => ID, { nullable: true, description: 'For GROUP access.' }) groupId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000, { message: 'validation/url_invalid' }) @SingleLineText() url?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) languages?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) @MaxLength(80, { each: true, message: 'event/audience_length' }) @SingleLineText() audience?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) topicSlugs?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Links the resource to an event (recording, slides).' }) eventId?: string | null;
}

@InputType()
export class ResourceFilter {
  @Field(() => [ResourceKind], { nullable: true }) kinds?: ResourceKind[] | null;
  @Field(() => ID, { nullable: true }) topic?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, { message: 'validation/invalid_input' }) language?: string | null;
  @Field(() => ResourceAccess, { nullable: true }) access?: ResourceAccess | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) eventId?: string | null;
}
