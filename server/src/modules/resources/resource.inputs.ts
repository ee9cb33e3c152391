import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { ResourceAccess, ResourceKind } from './resource.entity.js';

@InputType({ description: 'A resource as shared or edited (files are uploaded separately, by POST to /filer/ressurser/<id>).' })
export class ResourceInput {
  @Field(() => ID, { nullable: true, description: 'The sharing organisation (create only).' }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'The title, 3–200 characters on one line; required on create.' }) @IsOptional() @Length(3, 200, { message: 'resource/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => String, { nullable: true, description: 'What it holds, plain text up to 5000 characters.' }) @IsOptional() @MaxLength(5000, { message: 'resource/summary_length' }) @MultiLineText() summary?: string | null;
  @Field(() => ResourceKind, { nullable: true, description: 'What sort of resource it is; required on create. LINK needs url.' }) kind?: ResourceKind | null;
  @Field(() => ResourceAccess, { nullable: true, description: 'Who may see it; required on create. GROUP needs groupId.' }) access?: ResourceAccess | null;
  @Field(() => ID, { nullable: true, description: 'For GROUP access.' }) groupId?: string | null;
  @Field(() => String, { nullable: true, description: 'The address, for a link (http or https, up to 1000 characters); empty string removes it.' }) @IsOptional() @MaxLength(1000, { message: 'validation/url_invalid' }) @SingleLineText() url?: string | null;
  @Field(() => [String], { nullable: true, description: 'The languages it is in (codes such as nb, en, uk; at most 20); replaces the list.' }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) languages?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Who it is for, as free labels (at most 20, each up to 80 characters); replaces the list.' }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) @MaxLength(80, { each: true, message: 'event/audience_length' }) @SingleLineText() audience?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Its topics (slugs); replaces the list.' }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) topicSlugs?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Links the resource to an event (recording, slides).' }) eventId?: string | null;
}

@InputType({ description: 'Filters for the resource library; combined with AND.' })
export class ResourceFilter {
  @Field(() => [ResourceKind], { nullable: true, description: 'Only these kinds (any of them).' }) kinds?: ResourceKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only resources on this topic (slug).' }) topic?: string | null;
  @Field(() => String, { nullable: true, description: 'Only resources in this language (code such as nb, en, uk).' }) @IsOptional() @MaxLength(10, { message: 'validation/invalid_input' }) language?: string | null;
  @Field(() => ResourceAccess, { nullable: true, description: 'Only resources with this access level.' }) access?: ResourceAccess | null;
  @Field(() => ID, { nullable: true, description: 'Only resources shared by this organisation.' }) organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only resources linked to this event.' }) eventId?: string | null;
}
