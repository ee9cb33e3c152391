import { randomUUID } from 'node:crypto';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserInputError } from '../../common/errors.js';
import { SingleLineText } from '../../common/text.js';

/**
 * Registration questions: the organisers ask (interpreter language, dietary needs, which session), registrants
 * answer. Questions live on the event (`Event.questions`), answers on the registration (`Registration.answers`),
 * both as JSON: they are read and written with their row, never queried apart. Answers can say much about a
 * person (an interpreter's language, a diet), so they are kept only ANSWER_RETENTION_DAYS after the event.
 */
export enum QuestionKind {
  TEXT = 'TEXT',
  ONE_CHOICE = 'ONE_CHOICE',
  SEVERAL_CHOICES = 'SEVERAL_CHOICES',
  YES_NO = 'YES_NO',
}
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'How a registration question is answered.',
  valuesConfig: {
    TEXT: { description: 'A short text.' },
    ONE_CHOICE: { description: 'One of the options.' },
    SEVERAL_CHOICES: { description: 'Any of the options (none or more).' },
    YES_NO: { description: 'Yes or no.' },
  },
});

/** Answers are deleted this many days after the event ends (the hourly job), or earlier by the organisers. */
export const ANSWER_RETENTION_DAYS = 90;
export const QUESTION_LIMITS = { questions: 10, label: 200, options: 20, option: 100, text: 500 };

@ObjectType({ description: 'A question registrants answer when they register.' })
export class EventQuestion {
  @Field(() => ID, { description: 'Stable across edits, so answers stay with their question.' }) id!: string;
  @Field(() => QuestionKind, { description: 'How it is answered.' }) kind!: QuestionKind;
  @Field(() => String, { description: 'The question, e.g. "Trenger du tolk? Hvilket språk?"' }) label!: string;
  @Field(() => [String], { description: 'The options of ONE_CHOICE and SEVERAL_CHOICES; empty for the others.' }) options!: string[];
  @Field(() => Boolean, { description: 'Registration needs an answer (for SEVERAL_CHOICES: at least one option).' }) required!: boolean;
}

@InputType({ description: 'A registration question as the organiser writes it; the list replaces the event’s questions.' })
export class EventQuestionInput {
  @Field(() => ID, { nullable: true, description: 'An existing question’s id, to keep its answers; omit for a new one.' })
  id?: string | null;

  @Field(() => QuestionKind, { description: 'How it is answered.' })
  kind!: QuestionKind;

  @Field(() => String, { description: `The question (1–${QUESTION_LIMITS.label} characters).` })
  @MaxLength(QUESTION_LIMITS.label, { message: 'question/label_length' })
  @SingleLineText()
  label!: string;

  @Field(() => [String], { nullable: true, description: `ONE_CHOICE and SEVERAL_CHOICES: 2–${QUESTION_LIMITS.options} different options.` })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.options, { message: 'question/options_count' })
  @MaxLength(QUESTION_LIMITS.option, { each: true, message: 'question/option_length' })
  @SingleLineText()
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether an answer is needed (default false).' })
  required?: boolean | null;
}

@ObjectType({ description: "One answer to a registration question." })
export class RegistrationAnswer {
  @Field(() => ID, { description: 'The question answered.' }) questionId!: string;
  @Field(() => String, { nullable: true, description: 'TEXT: the text.' }) text?: string | null;
  @Field(() => [String], { nullable: true, description: 'ONE_CHOICE and SEVERAL_CHOICES: the options chosen.' }) choices?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'YES_NO: the answer.' }) yes?: boolean | null;
}

@InputType({ description: 'An answer to one registration question; give the field that fits its kind.' })
export class RegistrationAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => String, { nullable: true, description: `TEXT: up to ${QUESTION_LIMITS.text} characters.` })
  @IsOptional()
  @MaxLength(QUESTION_LIMITS.text, { message: 'registration/answer_length' })
  @SingleLineText()
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'ONE_CHOICE (exactly one) and SEVERAL_CHOICES: options of the question.' })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.options, { message: 'registration/answer_invalid' })
  choices?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO.' })
  yes?: boolean | null;
}

/** What `Event.questions` and `Registration.answers` hold. */
export type QuestionData = Pick<EventQuestion, 'id' | 'kind' | 'label' | 'options' | 'required'>;
export type AnswerData = { questionId: string; text?: string; choices?: string[]; yes?: boolean };

/** The organiser's questions, checked: ids kept for known questions (so their answers stay), new ones made. */
export function checkedQuestions(input: EventQuestionInput[], existing: readonly QuestionData[]): QuestionData[] {
  if (input.length > QUESTION_LIMITS.questions) throw UserInputError.field('questions', 'question/too_many');
  const known = new Set(existing.map((q) => q.id));
  return input.map((q, i): QuestionData => {
    const field = `questions.${i}`;
    const label = q.label.trim();
    if (!label) throw UserInputError.field(`${field}.label`, 'question/label_length');
    const choice = q.kind === QuestionKind.ONE_CHOICE || q.kind === QuestionKind.SEVERAL_CHOICES;
    const options = choice ? (q.options ?? []).map((o) => o.trim()).filter(Boolean) : [];
    if (choice && (options.length < 2 || new Set(options).size !== options.length)) throw UserInputError.field(`${field}.options`, 'question/options_count');
    return { id: q.id && known.has(q.id) ? q.id : randomUUID(), kind: q.kind, label, options, required: !!q.required };
  });
}

/** A registrant's answers, checked against the questions: required ones answered, choices among the options. */
export function checkedAnswers(questions: readonly QuestionData[], given: readonly RegistrationAnswerInput[] | null | undefined): AnswerData[] {
  const byQuestion = new Map((given ?? []).map((a) => [a.questionId, a]));
  for (const a of given ?? []) if (!questions.some((q) => q.id === a.questionId)) throw UserInputError.field(`answers.${a.questionId}`, 'registration/answer_invalid');
  const answers: AnswerData[] = [];
  for (const q of questions) {
    const a = byQuestion.get(q.id);
    const field = `answers.${q.id}`;
    let answer: AnswerData | null = null;
    if (q.kind === QuestionKind.TEXT && a?.text?.trim()) answer = { questionId: q.id, text: a.text.trim() };
    if (q.kind === QuestionKind.YES_NO && a?.yes != null) answer = { questionId: q.id, yes: a.yes };
    if ((q.kind === QuestionKind.ONE_CHOICE || q.kind === QuestionKind.SEVERAL_CHOICES) && a?.choices?.length) {
      const choices = [...new Set(a.choices)];
      if (choices.some((c) => !q.options.includes(c)) || (q.kind === QuestionKind.ONE_CHOICE && choices.length !== 1)) throw UserInputError.field(field, 'registration/answer_invalid');
      answer = { questionId: q.id, choices };
    }
    if (!answer && q.required) throw UserInputError.field(field, 'registration/answer_required');
    if (answer) answers.push(answer);
  }
  return answers;
}

/** An answer as one line of text (the attendee CSV), with the words for yes and no. */
export function answerText(q: QuestionData, a: AnswerData | undefined, words: { yes: string; no: string }): string {
  if (!a) return '';
  if (q.kind === QuestionKind.YES_NO) return a.yes ? words.yes : words.no;
  if (a.choices) return a.choices.join('; ');
  return a.text ?? '';
}

/** When an event's answers are deleted at the latest. */
export function answersDeletedBy(endsAt: Date): Date {
  return new Date(endsAt.getTime() + ANSWER_RETENTION_DAYS * 86_400_000);
}
