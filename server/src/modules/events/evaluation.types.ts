import { MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SingleLineText } from '../../common/text.js';

/** Where an event's evaluation stands. The moves between these are in evaluation.states.ts. */
export enum EvaluationStatus {
  NONE = 'NONE',
  READY = 'READY',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: "Where an event's evaluation stands.",
  valuesConfig: {
    NONE: { description: 'No evaluation.' },
    READY: { description: 'Questions written; participants not asked yet.' },
    OPEN: { description: 'Participants are asked and may answer.' },
    CLOSED: { description: 'No more answers.' },
  },
});

export enum EvaluationQuestionKind {
  RATING = 'RATING',
  TEXT = 'TEXT',
}
registerEnumType(EvaluationQuestionKind, {
  name: 'EvaluationQuestionKind',
  description: 'How an evaluation question is answered.',
  valuesConfig: { RATING: { description: 'A rating from 1 (poor) to 5 (very good).' }, TEXT: { description: 'A short text.' } },
});

export const EVALUATION_LIMITS = { minQuestions: 2, maxQuestions: 3, label: 200, text: 1000 };

@ObjectType({ description: 'One question of an event evaluation.' })
export class EvaluationQuestion {
  @Field(() => ID, { description: 'The question id.' }) id!: string;
  @Field(() => EvaluationQuestionKind, { description: 'How it is answered.' }) kind!: EvaluationQuestionKind;
  @Field(() => String, { description: 'The question, e.g. "Hvor nyttig var seminaret?"' }) label!: string;
}

@InputType({ description: 'An evaluation question as the organiser writes it.' })
export class EvaluationQuestionInput {
  @Field(() => EvaluationQuestionKind, { description: 'How it is answered.' })
  kind!: EvaluationQuestionKind;

  @Field(() => String, { description: `The question (1–${EVALUATION_LIMITS.label} characters).` })
  @MaxLength(EVALUATION_LIMITS.label, { message: 'evaluation/label_length' })
  @SingleLineText()
  label!: string;
}

@InputType({ description: 'An answer to one evaluation question.' })
export class EvaluationAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => Int, { nullable: true, description: 'RATING: 1–5.' })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: `TEXT: up to ${EVALUATION_LIMITS.text} characters.` })
  @MaxLength(EVALUATION_LIMITS.text, { message: 'evaluation/answer_length' })
  @SingleLineText()
  text?: string | null;
}

@ObjectType({ description: 'The answers to one evaluation question, without who gave them.' })
export class EvaluationQuestionResult {
  @Field(() => EvaluationQuestion, { description: 'The question.' }) question!: EvaluationQuestion;
  @Field(() => Int, { description: 'How many answered it.' }) answered!: number;
  @Field(() => Float, { nullable: true, description: 'RATING: the average, 1–5 (null without answers).' }) average!: number | null;
  @Field(() => [Int], { description: 'RATING: how many gave 1, 2, 3, 4 and 5 (five numbers); empty for TEXT.' }) distribution!: number[];
  @Field(() => [String], { description: 'TEXT: the answers, newest first; empty for RATING.' }) texts!: string[];
}

@ObjectType({ description: "An event evaluation's results, for its organisers: no names." })
export class EvaluationResults {
  @Field(() => Int, { description: 'How many answered.' }) responses!: number;
  @Field(() => Int, { description: 'How many were asked (confirmed registrants who did not miss it).' }) asked!: number;
  @Field(() => [EvaluationQuestionResult], { description: 'Per question.' }) questions!: EvaluationQuestionResult[];
}

export type EvaluationQuestionData = Pick<EvaluationQuestion, 'id' | 'kind' | 'label'>;
export type EvaluationAnswerData = { questionId: string; rating?: number; text?: string };
