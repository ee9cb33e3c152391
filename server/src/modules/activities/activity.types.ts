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

@ObjectType({ description: 'What the viewer may do with an activity.' })
export class ActivityPermissions {
  @Field(() => Boolean) manage!: boolean;
  @Field(() => Boolean, { description: 'Offer to help ("jeg vil bidra").' }) volunteer!: boolean;
  @Field(() => Boolean, { description: 'Publish it (from a draft), or publish it again (paused or archived): its organisation.' }) publish!: boolean;
  @Field(() => Boolean, { description: 'Pause it (published): out of the catalogue for a while. Its organisation.' }) pause!: boolean;
  @Field(() => Boolean, { description: 'Archive it (not already archived): its organisation.' }) archive!: boolean;
}

@ObjectType({ description: 'What the viewer may do with an offer to help.' })
export class VolunteerInterestPermissions {
  @Field(() => Boolean, { description: 'Accept or decline it: the activity’s organisation, once, while it is unanswered.' }) answer!: boolean;
}
