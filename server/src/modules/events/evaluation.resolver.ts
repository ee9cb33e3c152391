import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Event } from './event.entity.js';
import { EvaluationService } from './evaluation.service.js';
import { EvaluationAnswerInput, EvaluationQuestionInput, EvaluationResults } from './evaluation.types.js';
import { managesEvent } from './event.access.js';
import type { EventView } from './event.service.js';
import { GuestRegistrationView } from './event.types.js';

@Resolver(() => Event)
export class EvaluationResolver {
  @Authorized()
  @Mutation(() => Event, { description: 'Writes the evaluation questions (2–3; none removes the evaluation): organisers, before participants are asked.' })
  eventEvaluationSet(
    @Ctx() ctx: Context,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('questions', () => [EvaluationQuestionInput], { description: 'The questions, in order.' }) questions: EvaluationQuestionInput[],
  ): Promise<Event> {
    return new EvaluationService(ctx).setQuestions(eventId, questions);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Asks the participants to evaluate (organisers, once the event has started): they are told in the inbox and by e-mail. Also opens a closed evaluation again.' })
  eventEvaluationOpen(@Ctx() ctx: Context, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string): Promise<Event> {
    return new EvaluationService(ctx).open(eventId);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Closes the evaluation: no more answers (organisers).' })
  eventEvaluationClose(@Ctx() ctx: Context, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string): Promise<Event> {
    return new EvaluationService(ctx).close(eventId);
  }

  @Mutation(() => Boolean, { description: 'Answers the evaluation, once: a participant signed in, or a guest with the token of their link. Ratings are required, texts optional.' })
  eventEvaluationRespond(
    @Ctx() ctx: Context,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('answers', () => [EvaluationAnswerInput], { description: 'One answer per question.' }) answers: EvaluationAnswerInput[],
    @Arg('token', () => String, { nullable: true, description: "A guest's token from the e-mailed link." }) token?: string | null,
  ): Promise<boolean> {
    return new EvaluationService(ctx).respond(eventId, answers, token);
  }

  @FieldResolver(() => EvaluationResults, { nullable: true, description: 'The evaluation results without names: organisers only (null otherwise, and without an evaluation).' })
  evaluationResults(@Root() e: EventView, @Ctx() ctx: Context): Promise<EvaluationResults> | null {
    return managesEvent(ctx.viewer, e) && e.evaluationQuestions.length ? new EvaluationService(ctx).results(e) : null;
  }
}

@Resolver(() => GuestRegistrationView)
export class GuestEvaluationResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the guest may answer the evaluation now.' })
  canEvaluate(@Root() g: GuestRegistrationView, @Ctx() ctx: Context): Promise<boolean> {
    return new EvaluationService(ctx).guestMayRespond(g.event, g.registration);
  }
}
