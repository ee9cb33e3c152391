import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { Activity } from './activity.entity.js';
import { ScheduleFrequency, Weekday } from './activity.inputs.js';

@ObjectType({ description: 'A filter value and how many results it gives (activity catalogue and search).' })
export class FacetValue {
  @Field(() => String, { description: 'The value to filter by (municipality number, topic slug, enum value, language code, "true"/"false").' }) value!: string;
  @Field(() => Int, { description: 'How many results have this value, with the other filters applied.' }) count!: number;
}

@ObjectType({ description: 'Counts per value, each with the other filters applied.' })
export class ActivityFacets {
  @Field(() => [FacetValue], { description: 'Counts per municipality (number).' }) municipality!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Counts per category.' }) category!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Counts per language spoken (ISO 639-1 code).' }) language!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Counts per target group.' }) targetGroup!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Counts per day of the week (MO … SU).' }) weekday!: FacetValue[];
  @Field(() => [FacetValue], { description: 'Counts for drop-in ("true") and sign-up ("false").' }) dropIn!: FacetValue[];
}

@ObjectType({ description: 'A page of the activity catalogue, with facet counts.' })
export class ActivityConnection {
  @Field(() => [Activity], { description: 'The activities on this page.' }) nodes!: Activity[];
  @Field(() => Int, { description: 'How many activities match the filter in all.' }) totalCount!: number;
  @Field(() => ActivityFacets, { description: 'How many activities each filter value would give.' }) facets!: ActivityFacets;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo!: PageInfo;
}

@ObjectType({ description: 'The recurring schedule, in Oslo time.' })
export class ActivitySchedule {
  @Field(() => ScheduleFrequency, { description: 'Weekly or monthly.' }) frequency!: ScheduleFrequency;
  @Field(() => Int, { description: 'WEEKLY: 1 every week, 2 every other week … (1–4).' }) interval!: number;
  @Field(() => [Weekday], { description: 'The days it runs.' }) weekdays!: Weekday[];
  @Field(() => Int, { nullable: true, description: 'MONTHLY: 1–4 for the n-th weekday of the month, -1 for the last; null for WEEKLY.' }) setPos!: number | null;
  @Field(() => String, { description: 'The first date, "YYYY-MM-DD".' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'The last date, "YYYY-MM-DD" (inclusive); null when it runs until further notice.' }) until!: string | null;
  @Field(() => String, { description: 'Start time of day, "HH:mm" Oslo time.' }) startTime!: string;
  @Field(() => String, { description: 'End time of day, "HH:mm" Oslo time.' }) endTime!: string;
}

@ObjectType({ description: 'One date an activity takes place.' })
export class Occurrence {
  @Field(() => Date, { description: 'When it starts (UTC; show it in Europe/Oslo).' }) startsAt!: Date;
  @Field(() => Date, { description: 'When it ends (UTC; show it in Europe/Oslo).' }) endsAt!: Date;
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
  @Field(() => Boolean, { description: 'Edit, publish, pause, archive and confirm it, and answer offers to help (the organisation’s members and county staff).' }) manage!: boolean;
  @Field(() => Boolean, { description: 'Offer to help ("jeg vil bidra").' }) volunteer!: boolean;
  @Field(() => Boolean, { description: 'Publish it (from a draft), or publish it again (paused or archived): its organisation.' }) publish!: boolean;
  @Field(() => Boolean, { description: 'Pause it (published): out of the catalogue for a while. Its organisation.' }) pause!: boolean;
  @Field(() => Boolean, { description: 'Archive it (not already archived): its organisation.' }) archive!: boolean;
  @Field(() => Boolean, { description: 'Report it to its moderators (signed in, not who registered it, not hidden).' }) report!: boolean;
  @Field(() => Boolean, { description: 'Hide it or show it again (county staff).' }) moderate!: boolean;
}

@ObjectType({ description: 'What the viewer may do with an offer to help.' })
export class VolunteerInterestPermissions {
  @Field(() => Boolean, { description: 'Accept or decline it: the activity’s organisation, once, while it is unanswered.' }) answer!: boolean;
}
