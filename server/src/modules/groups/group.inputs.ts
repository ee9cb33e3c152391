import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { GroupJoinPolicy, GroupVisibility } from './group.entity.js';

@InputType({ description: 'A network group as created or edited; on update, omitted fields stay as they are.' })
export class GroupInput {
  @Field(() => String, { nullable: true, description: 'The name, 3–120 characters on one line, unique on the platform; required when creating.' })
  @IsOptional()
  @Length(3, 120, { message: 'group/name_length' })
  @SingleLineText()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the group is for, plain text up to 5000 characters.' })
  @IsOptional()
  @MaxLength(5000, { message: 'group/description_length' })
  @MultiLineText()
  description?: string | null;

  @Field(() => GroupVisibility, { nullable: true, description: 'Who may read the threads; required when creating.' })
  visibility?: GroupVisibility | null;

  @Field(() => GroupJoinPolicy, { nullable: true, description: 'How people become members; required when creating.' })
  joinPolicy?: GroupJoinPolicy | null;
}
