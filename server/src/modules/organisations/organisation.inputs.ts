import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { MembershipRole } from './membership.entity.js';
import { OrganisationKind, VerificationStatus } from './organisation.entity.js';

@InputType({ description: 'An organisation as registered or edited. On update, omitted fields stay as they are.' })
export class OrganisationInput {
  @Field(() => String, { nullable: true, description: 'The name, 2–200 characters on one line; required when registering.' })
  @IsOptional()
  @Length(2, 200, { message: 'organisation/name_length' })
  @SingleLineText()
  name?: string | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'What sort of organisation it is; required when registering.' })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: '9 digits (spaces allowed); empty string removes it.' })
  @IsOptional()
  @MaxLength(20, { message: 'organisation/org_number_invalid' })
  orgNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does, plain text up to 5000 characters.' })
  @IsOptional()
  @MaxLength(5000, { message: 'organisation/description_length' })
  @MultiLineText()
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact e-mail address; empty string removes it.' })
  @IsOptional()
  @MaxLength(254, { message: 'validation/email_invalid' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number (digits, spaces, +, parentheses and dashes; 5–20 characters); empty string removes it.' })
  @IsOptional()
  @MaxLength(40, { message: 'organisation/phone_invalid' })
  @SingleLineText()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public website, an http or https URL up to 500 characters; empty string removes it.' })
  @IsOptional()
  @MaxLength(500, { message: 'organisation/website_invalid' })
  @SingleLineText()
  website?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Municipality numbers served.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'validation/too_many_items' })
  municipalityNumbers?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topic slugs.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'validation/too_many_items' })
  topicSlugs?: string[] | null;
}

@InputType({ description: 'Filters for the organisation directory; all optional and combined with AND.' })
export class OrganisationFilter {
  @Field(() => [OrganisationKind], { nullable: true, description: 'Only organisations of these kinds (any of them).' })
  kinds?: OrganisationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Serves this municipality (number).' })
  municipality?: string | null;

  @Field(() => ID, { nullable: true, description: 'Works with this topic (slug).' })
  topic?: string | null;

  @Field(() => VerificationStatus, { nullable: true, description: 'Only organisations with this verification status.' })
  verificationStatus?: VerificationStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(200, { message: 'validation/search_too_long' })
  @SingleLineText()
  search?: string | null;
}

@InputType({ description: 'An invitation to join an organisation, sent by e-mail.' })
export class OrganisationInviteInput {
  @Field(() => ID, { description: 'The organisation to invite to.' })
  organisationId!: string;

  @Field(() => String, { description: 'The address to send the invitation to; the invitee accepts while signed in with it.' })
  @MaxLength(254, { message: 'validation/email_invalid' })
  email!: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER, description: 'The role the invitee gets on accepting; MEMBER when omitted.' })
  role: MembershipRole = MembershipRole.MEMBER;
}
