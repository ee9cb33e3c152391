import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SingleLineText } from '../../common/text.js';
import { Language } from './user.entity.js';

@InputType({ description: 'A new account. The e-mail address must be confirmed before the user can create organisations.' })
export class AccountSignUpInput {
  @Field(() => String, { description: 'E-mail address to sign in with; the confirmation link goes here. At most 254 characters; compared case-insensitively.' })
  @MaxLength(254, { message: 'validation/email_invalid' })
  email!: string;

  @Field(() => String, { description: '8–128 characters, not one of the most common passwords.' })
  @MaxLength(1024, { message: 'validation/password_too_long' })
  password!: string;

  @Field(() => String, { description: 'Display name, 1–120 characters on one line.' })
  @Length(1, 120, { message: 'validation/name_length' })
  @SingleLineText()
  name!: string;

  @Field(() => Language, { nullable: true, description: 'Language for the interface and e-mails; bokmål (nb) when omitted.' })
  preferredLanguage?: Language | null;
}

@InputType({ description: "Changes to the signed-in user's profile; omitted fields stay as they are." })
export class ProfileUpdateInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1–120 characters on one line.' })
  @IsOptional()
  @Length(1, 120, { message: 'validation/name_length' })
  @SingleLineText()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears the title.' })
  @IsOptional()
  @MaxLength(120, { message: 'validation/title_length' })
  @SingleLineText()
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces all profile tags (at most 20, each up to 40 characters; stored lower-cased, duplicates dropped). An empty list clears them.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'validation/too_many_tags' })
  @MaxLength(40, { each: true, message: 'validation/tag_length' })
  @SingleLineText()
  profileTags?: string[] | null;

  @Field(() => Language, { nullable: true, description: 'New language for the interface and e-mails.' })
  preferredLanguage?: Language | null;
}
