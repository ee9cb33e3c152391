import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';

@InputType({ description: 'A new announcement from county staff.' })
export class AnnouncementInput {
  @Field(() => String, { description: 'The headline, 3–200 characters on one line.' })
  @Length(3, 200, { message: 'announcement/title_length' })
  @SingleLineText()
  title!: string;

  @Field(() => String, { description: 'Markdown.' })
  @MaxLength(10_000, { message: 'announcement/body_length' })
  @MultiLineText()
  body!: string;

  @Field(() => [OrganisationKind], { nullable: true, description: 'Only members of organisations of these kinds; empty: all.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'validation/too_many_items' })
  audienceKinds?: OrganisationKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only members of organisations serving these municipalities; empty: all.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'validation/too_many_items' })
  audienceMunicipalities?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'When it stops showing (UTC instant, in the future); shown until removed when omitted.' })
  expiresAt?: Date | null;
}
