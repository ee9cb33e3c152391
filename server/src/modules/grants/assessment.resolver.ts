import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { can } from '../../common/auth/policies.js';
import { ForbiddenError } from '../../common/errors.js';
import { TextArgs } from '../../common/text.js';
import type { Context } from '../../context.js';
import { GrantAssessmentService } from './assessment.service.js';
import { GrantAccess } from './grant.access.js';
import { ConflictDeclaration, Decision, GrantApplication, GrantAssessment } from './grant.entity.js';
import { CriterionScore } from './grant.types.js';

@InputType({ description: 'A reviewer’s score on one criterion.' }) class ScoreInput {
  @Field(() => String, { description: 'The criterion’s key.' }) key!: string;
  @Field(() => Int, { description: '0–5.' }) score!: number;
}

/** County staff's side of an application: declaring, scoring, asking for more, deciding. */
@Resolver(() => GrantApplication)
export class GrantReviewResolver {
  @Authorized('COUNTY_STAFF')
  @Mutation(() => GrantAssessment, {
    description: 'Answers the conflict-of-interest question. NO_CONFLICT (the default) is required before opening and scoring an application; CONFLICT (inhabil) takes the reviewer out of its assessment for good. CONFLICT grant/conflict_declared after a declared conflict.',
  })
  grantAssessmentDeclare(
    @Ctx() ctx: Context,
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Arg('declaration', () => ConflictDeclaration, { defaultValue: ConflictDeclaration.NO_CONFLICT, description: 'NO_CONFLICT (default) or CONFLICT.' }) declaration: ConflictDeclaration,
  ): Promise<GrantAssessment> {
    return new GrantAssessmentService(ctx).declare(applicationId, declaration);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantAssessment, { description: 'Scores criteria 0–5 and comments.' })
  @TextArgs({ comment: 'multi-line' })
  grantAssessmentSave(@Ctx() ctx: Context, @Arg('applicationId', () => ID, { description: 'The application, after declaring no conflict of interest.' }) applicationId: string, @Arg('scores', () => [ScoreInput], { description: 'A score per criterion (any criteria left out keep no score).' }) scores: ScoreInput[], @Arg('comment', () => String, { defaultValue: '', description: 'The reviewer’s comment, up to 10 000 characters.' }) comment: string): Promise<GrantAssessment> {
    return new GrantAssessmentService(ctx).assess(applicationId, scores, comment);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantApplication, { description: 'IN_REVIEW → MORE_INFO_REQUESTED with a message to the applicant.' })
  @TextArgs({ message: 'multi-line' })
  grantApplicationRequestInfo(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application, IN_REVIEW.' }) id: string, @Arg('message', () => String, { description: 'What the applicant must add, up to 5000 characters; not empty.' }) message: string): Promise<GrantApplication> {
    return new GrantAssessmentService(ctx).requestInfo(id, message);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantApplication, { description: 'Records a decision (published with the round). Beyond the budget needs overrideNote.' })
  @TextArgs({ reason: 'multi-line', overrideNote: 'multi-line' })
  grantApplicationDecide(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The application, in a CLOSED round.' }) id: string,
    @Arg('decision', () => Decision, { description: 'The outcome.' }) decision: Decision,
    @Arg('grantedAmount', () => Int, { description: 'NOK granted: the full requested total for APPROVED, more than 0 and less than it for PARTIALLY_APPROVED; ignored (0) for REJECTED.' }) grantedAmount: number,
    @Arg('reason', () => String, { description: 'The reasoning the applicant reads, not empty.' }) reason: string,
    @Arg('overrideNote', () => String, { nullable: true, description: 'Why granting beyond the round’s budget is right; required when the total granted would exceed it (otherwise CONFLICT grant/over_budget).' }) overrideNote?: string | null,
  ): Promise<GrantApplication> {
    return new GrantAssessmentService(ctx).decide(id, decision, grantedAmount, reason, overrideNote);
  }

  @FieldResolver(() => [GrantAssessment], { nullable: true, description: 'Every reviewer’s declaration and assessment: county staff who have declared no conflict of interest for this application (FORBIDDEN grant/declaration_required before); null for others.' })
  async assessments(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantAssessment[] | null> {
    if (!can.grantAdminister(ctx.viewer)) return null;
    if (!(await new GrantAccess(ctx).reviewerCleared(a))) throw new ForbiddenError('grant/declaration_required');
    return ctx.em.find(GrantAssessment, { application: a }, { populate: ['reviewer'], orderBy: { noConflictDeclaredAt: 'asc', conflictDeclaredAt: 'asc' } });
  }
}

@Resolver(() => GrantAssessment)
export class GrantAssessmentResolver {
  @FieldResolver(() => [CriterionScore], { description: 'The reviewer’s score per criterion (empty after declaring a conflict).' }) scores(@Root() a: GrantAssessment): CriterionScore[] {
    return Object.entries(a.scores).map(([key, score]) => ({ key, score }));
  }

  @FieldResolver(() => String, { description: 'The reviewer’s name.' }) reviewerName(@Root() a: GrantAssessment, @Ctx() ctx: Context): Promise<string> {
    return ctx.em.findOneOrFail('User', { id: a.reviewer.id }).then((u) => (u as { name: string }).name);
  }
}
