import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { Activity } from './activity.entity.js';
import { ScheduleFrequency, Weekday } from './activity.inputs.js';

@ObjectType()
export class FacetValue {
  @Field(() => String, { description: 'The value to filter by (municipality number, enum value, language code, "true"/"false").' }) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Counts per value, each with the other filters applied.' })
export class ActivityFacets {
  @Field(() => [FacetValue]) municipality!: FacetValue[];
  @Field(() => [FacetValue]) category!: FacetValue[];
  @Field(() => [FacetValue]) language!: FacetValue[];
  @Field(() => [FacetValue]) targetGroup!: FacetValue[];
  @Field(() => [FacetValue]) weekday!: FacetValue[];
  @Field(() => [FacetValue]) dropIn!: FacetValue[];
}

@ObjectType()
export class ActivityConnection {
  @Field(() => [Activity]) nodes!: Activity[];
  @Field(() => Int) totalCount!: number;
  @Field(() => ActivityFacets) facets!: ActivityFacets;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'The recurring schedule, in Oslo time.' })
export class ActivitySchedule {
  @Field(() => ScheduleFrequency) frequency!: ScheduleFrequency;
  @Field(() => Int) interval!: number;
  @Field(() => [Weekday]) weekdays!: Weekday[];
  @Field(() => Int, { nullable: true }) setPos!: number | null;
  @Field(() => String) startDate!: string;
  @Field(() => String, { nullable: true }) until!: string | null;
  @Field(() => String) startTime!: string;
  @Field(() => String) endTime!: string;
}

@ObjectType()
export class Occurrence {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
}

@ObjectType({ description: 'Why a schedule would be refused: the field and message key activityCreate and activityUpdate would answer with.' })
export class ScheduleProblem {
  @Field(() => String, { description: 'The ScheduleInput field it is about, e.g. `until`.' }) field!: string;
  @Field(() => String, { description: 'A message key, e.g. `activity/never_occurs`, translated like an error message.' }) message!: string;
}

@ObjectType({ description: "A schedule being edited, by the rules activities are saved with: the activity form's live preview." })
export class SchedulePreview {
  @Field(() => ScheduleProblem, { nullable: true, description: 'Why saving this schedule would be refused; null when it is valid.' }) problem!: ScheduleProblem | null;
  @Field(() => [Occurrence], { description: 'The next dates from now (at most `count`); empty when there is a problem or every date has passed.' }) occurrences!: Occurrence[];
  @Field(() => String, { nullable: true, description: 'The schedule as readable text in `language`, e.g. "Hver tirsdag 18:00–20:00"; null when there is a problem.' }) text!: string | null;
}

@ObjectType({ description: 'What the viewer may do with an activity.' })
export class ActivityPermissions {
  @Field(() => Boolean) manage!: boolean;
  @Field(() => Boolean, { description: 'Offer to help ("jeg vil bidra").' }) volunteer!: boolean;
}
