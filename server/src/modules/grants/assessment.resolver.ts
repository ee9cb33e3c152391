import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { can } from '../../common/auth/policies.js';
import { ForbiddenError } from '../../common/errors.js';
import { TextArgs } from '../../common/text.js';
import type { Context } from '../../context.js';
import { GrantAssessmentService } from './assessment.service.js';
import { GrantAccess } from './grant.access.js';
import { ConflictDeclaration, Decision, GrantApplication, GrantAssessment } from './grant.entity.js';
import { CriterionScore } from './grant.types.js';

@InputType() class ScoreInput {
  @Field(() => String) key!: string;
  @Field(() => Int) score!: number;
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
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('declaration', () => ConflictDeclaration, { defaultValue: ConflictDeclaration.NO_CONFLICT }) declaration: ConflictDeclaration,
  ): Promise<GrantAssessment> {
    return new GrantAssessmentService(ctx).declare(applicationId, declaration);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantAssessment, { description: 'Scores criteria 0–5 and comments.' })
  @TextArgs({ comment: 'multi-line' })
  grantAssessmentSave(@Ctx() ctx: Context, @Arg('applicationId', () => ID) applicationId: string, @Arg('scores', () => [ScoreInput]) scores: ScoreInput[], @Arg('comment', () => String, { defaultValue: '' }) comment: string): Promise<GrantAssessment> {
    return new GrantAssessmentService(ctx).assess(applicationId, scores, comment);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantApplication, { description: 'IN_REVIEW → MORE_INFO_REQUESTED with a message to the applicant.' })
  @TextArgs({ message: 'multi-line' })
  grantApplicationRequestInfo(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('message', () => String) message: string): Promise<GrantApplication> {
    return new GrantAssessmentService(ctx).requestInfo(id, message);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantApplication, { description: 'Records a decision (published with the round). Beyond the budget needs overrideNote.' })
  @TextArgs({ reason: 'multi-line', overrideNote: 'multi-line' })
  grantApplicationDecide(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => Decision) decision: Decision,
    @Arg('grantedAmount', () => Int) grantedAmount: number,
    @Arg('reason', () => String) reason: string,
    @Arg('overrideNote', () => String, { nullable: true }) overrideNote?: string | null,
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
  @FieldResolver(() => [CriterionScore]) scores(@Root() a: GrantAssessment): CriterionScore[] {
    return Object.entries(a.scores).map(([key, score]) => ({ key, score }));
  }

  @FieldResolver(() => String) reviewerName(@Root() a: GrantAssessment, @Ctx() ctx: Context): Promise<string> {
    return ctx.em.findOneOrFail('User', { id: a.reviewer.id }).then((u) => (u as { name: string }).name);
  }
}
