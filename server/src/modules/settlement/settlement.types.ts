import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { BoardColumn, SettlementYear } from './settlement.entity.js';
import { TrackerStatus } from './survey.service.js';

registerEnumType(TrackerStatus, { name: 'SurveyTrackerStatus', description: 'What the tracker shows: ANSWERED, DRAFT (opened, not submitted), NOT_OPENED, or LATE (the deadline passed without an answer).' });

export enum ContactRole {
  REFUGEE_SERVICE = 'REFUGEE_SERVICE',
  CAREER_GUIDANCE = 'CAREER_GUIDANCE',
  MINORITY_ADVISER = 'MINORITY_ADVISER',
}
registerEnumType(ContactRole, { name: 'MunicipalityContactRole', description: 'Who does what for newcomers in a municipality: the refugee service, career guidance, minority advisers at the schools.' });

@ObjectType({ description: 'What the viewer may do with a settlement year (the same rules the server enforces).' })
export class SettlementYearPermissions {
  @Field(() => Boolean, { description: 'Edit the year, its criteria and milestones, and publish its numbers (county staff).' }) administer!: boolean;
  @Field(() => Boolean, { description: 'See the live survey tracker (county staff).' }) track!: boolean;
  @Field(() => Boolean, { description: 'Send the survey to the municipalities now (or open it again).' }) sendSurvey!: boolean;
  @Field(() => Boolean, { description: 'Close the survey now.' }) closeSurvey!: boolean;
  @Field(() => Boolean, { description: 'See the allocation board.' }) readBoard!: boolean;
  @Field(() => Boolean, { description: 'Edit the board’s cells now.' }) editBoard!: boolean;
  @Field(() => Boolean, { description: 'Lock the board into the recommendation now.' }) lockBoard!: boolean;
  @Field(() => Boolean, { description: 'Open the locked board again now (no recommendation sent yet).' }) unlockBoard!: boolean;
  @Field(() => Boolean, { description: 'Send the draft recommendations to IMDi.' }) sendRecommendations!: boolean;
  @Field(() => Boolean, { description: 'Read the recommendation letter to IMDi.' }) readLetter!: boolean;
  @Field(() => Boolean, { description: 'Record IMDi’s requests (one by one or from a CSV file).' }) recordRequests!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a survey answer now.' })
export class SurveyResponsePermissions {
  @Field(() => Boolean, { description: 'Edit the answer (a member of the municipality, before the deadline).' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Submit it.' }) submit!: boolean;
  @Field(() => Boolean, { description: 'Reopen a submitted answer for corrections (county staff).' }) reopen!: boolean;
  @Field(() => Boolean, { description: 'Grant the municipality a later deadline (county staff).' }) extend!: boolean;
  @Field(() => Boolean, { description: 'Remind the municipality now (county staff; once an hour).' }) remind!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a recommendation now.' })
export class RecommendationPermissions {
  @Field(() => Boolean, { description: 'Edit the draft (county staff).' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Revise a sent recommendation: a new version (county staff).' }) revise!: boolean;
}

@ObjectType({ description: 'What the viewer may record for one municipality in a year.' })
export class SettlementMunicipalityPermissions {
  @Field(() => Boolean, { description: 'Record IMDi’s request.' }) recordRequest!: boolean;
  @Field(() => Boolean, { description: 'Record the municipality’s decision and upload its document.' }) recordDecision!: boolean;
  @Field(() => Boolean, { description: 'Record the settled numbers.' }) recordSettled!: boolean;
  @Field(() => Boolean, { description: 'Edit this row of the allocation board now.' }) editBoard!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a milestone.' })
export class MilestonePermissions {
  @Field(() => Boolean, { description: 'Edit or remove it (county staff).' }) edit!: boolean;
}

@ObjectType({ description: 'A municipality’s numbers in an earlier year of the same county, for comparison.' })
export class PreviousYearNumbers {
  @Field(() => ID, { description: 'That settlement year.' }) yearId!: string;
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => Boolean, { description: 'Example figures (demo data), not real ones.' }) isExample!: boolean;
  @Field(() => Int, { nullable: true, description: 'IMDi’s request.' }) requested!: number | null;
  @Field(() => Int, { nullable: true, description: 'The municipality’s decision (when decided).' }) decided!: number | null;
  @Field(() => Int, { nullable: true, description: 'Settled.' }) settled!: number | null;
}

/** One municipality's row in a year; the resolver fills the parts the viewer may see. */
@ObjectType({ description: 'One municipality of the county in a settlement year: its survey answer, board row, recommendation and numbers, each as far as the viewer may see them.' })
export class SettlementMunicipality {
  year!: SettlementYear;
  @Field(() => Municipality, { description: 'The municipality.' }) municipality!: Municipality;
}

@ObjectType({ description: 'A board cell as announced live.' })
export class BoardCellUpdate {
  @Field(() => String, { description: 'The municipality number of the row.' }) municipalityNumber!: string;
  @Field(() => BoardColumn, { description: 'The column.' }) column!: BoardColumn;
  @Field(() => Int, { nullable: true, description: 'The number (number columns).' }) number!: number | null;
  @Field(() => String, { nullable: true, description: 'The text (the comment column).' }) text!: string | null;
  @Field(() => Int, { description: 'The cell’s new version.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Who changed it.' }) updatedByName!: string | null;
  @Field(() => Date, { description: 'When.' }) updatedAt!: Date;
}

@ObjectType({ description: 'A live change in a settlement year.' })
export class SettlementUpdate {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to get what came since.' }) cursor!: string;
  @Field(() => String, { description: 'What happened, e.g. "response.submitted", "board.cell", "numbers.decision".' }) type!: string;
  @Field(() => String, { nullable: true, description: 'The municipality it concerns, if one.' }) municipalityNumber!: string | null;
  @Field(() => BoardCellUpdate, { nullable: true, description: 'For "board.cell": the cell as it is now.' }) cell!: BoardCellUpdate | null;
}

@ObjectType({ description: 'Someone at the allocation board, and the row they are looking at.' })
export class BoardViewer {
  @Field(() => ID, { description: 'The user’s id.' }) id!: string;
  @Field(() => String, { description: 'Their name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'The municipality number of the row they are at (null: none).' }) municipalityNumber!: string | null;
}

@ObjectType({ description: 'Who is at the allocation board now.' })
export class BoardPresence {
  @Field(() => ID, { description: 'The settlement year.' }) yearId!: string;
  @Field(() => [BoardViewer], { description: 'Everyone at the board, by name.' }) viewers!: BoardViewer[];
}

@ObjectType({ description: 'One municipality’s progress: requested, decided and settled.' })
export class ProgressRow {
  @Field(() => Municipality, { description: 'The municipality.' }) municipality!: Municipality;
  @Field(() => Int, { description: 'IMDi’s request (0: none recorded).' }) requested!: number;
  @Field(() => Int, { description: 'The municipality’s decision (0: not decided).' }) decided!: number;
  @Field(() => Int, { description: 'Settled so far.' }) settled!: number;
}

@ObjectType({ description: 'Progress of a year: requested vs decided vs settled, per municipality and for the county.' })
export class SettlementProgress {
  @Field(() => Int, { description: 'Requested in the county.' }) requested!: number;
  @Field(() => Int, { description: 'Decided in the county.' }) decided!: number;
  @Field(() => Int, { description: 'Settled in the county.' }) settled!: number;
  @Field(() => [ProgressRow], { description: 'Per municipality, by number.' }) rows!: ProgressRow[];
}

@ObjectType({ description: 'One municipality in the recommendation letter, as last sent.' })
export class RecommendationLetterLine {
  @Field(() => String, { description: 'The municipality number.' }) municipalityNumber!: string;
  @Field(() => String, { description: 'The municipality name.' }) municipalityName!: string;
  @Field(() => Int, { description: 'The recommended number.' }) number!: number;
  @Field(() => Int, { description: 'Of which unaccompanied minors.' }) minors!: number;
  @Field(() => String, { description: 'The reasoning.' }) reasoning!: string;
  @Field(() => Int, { description: 'The sent version.' }) version!: number;
  @Field(() => Date, { description: 'When it was sent.' }) sentAt!: Date;
}

@ObjectType({ description: 'The county’s recommendation letter to IMDi for a year (printable; the client words it in nb or nn).' })
export class RecommendationLetter {
  @Field(() => SettlementYear, { description: 'The year.' }) year!: SettlementYear;
  @Field(() => String, { description: 'The county’s name.' }) countyName!: string;
  @Field(() => Date, { nullable: true, description: 'When the latest recommendation was sent (null: none sent).' }) sentAt!: Date | null;
  @Field(() => Int, { description: 'The recommended total.' }) total!: number;
  @Field(() => Int, { description: 'Of which unaccompanied minors.' }) totalMinors!: number;
  @Field(() => [RecommendationLetterLine], { description: 'Per municipality, by number.' }) lines!: RecommendationLetterLine[];
}

@ObjectType({ description: 'A named contact for newcomers in a municipality ("hvem gjør hva").' })
export class MunicipalityContact {
  @Field(() => ContactRole, { description: 'What they do.' }) role!: ContactRole;
  @Field(() => ID, { description: 'The user’s id.' }) userId!: string;
  @Field(() => String, { description: 'Their name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Their job title.' }) title!: string | null;
  @Field(() => Organisation, { description: 'The organisation they are in.' }) organisation!: Organisation;
}

@ObjectType({ description: 'A municipality’s numbers in one settlement year.' })
export class MunicipalitySettlementYear {
  @Field(() => SettlementYear, { description: 'The year.' }) year!: SettlementYear;
  @Field(() => Int, { nullable: true, description: 'IMDi’s request.' }) requested!: number | null;
  @Field(() => Int, { nullable: true, description: 'The municipality’s decision (when decided).' }) decided!: number | null;
  @Field(() => Int, { nullable: true, description: 'Settled.' }) settled!: number | null;
  @Field(() => Int, { nullable: true, description: 'The county’s recommendation as last sent (null: none, or not the viewer’s to see).' }) recommended!: number | null;
}

@ObjectType({ description: 'A grant awarded (and published) to an organisation working in a municipality.' })
export class AwardedGrant {
  @Field(() => ID, { description: 'The application.' }) applicationId!: string;
  @Field(() => String, { description: 'The project title.' }) title!: string;
  @Field(() => String, { description: 'The organisation’s name.' }) organisationName!: string;
  @Field(() => ID, { description: 'The organisation.' }) organisationId!: string;
  @Field(() => String, { description: 'The grant round.' }) roundTitle!: string;
  @Field(() => Int, { description: 'NOK granted.' }) grantedAmount!: number;
  @Field(() => Int, { description: 'The round’s year.' }) year!: number;
}
