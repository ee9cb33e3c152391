import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The lexicon for "mente du …?": each word of the public texts once, kept by the search triggers (see the migration). */
@Entity({ tableName: 'search_word' })
@Index({ name: 'search_word_trgm', expression: `create index "search_word_trgm" on "search_word" using gin ("folded" gin_trgm_ops) with (fastupdate = off)` })
export class SearchWord {
  /** Lower case without accents: what is compared. */
  @PrimaryKey({ type: 'text' })
  folded!: string;

  /** As first written (lower case), what is suggested. */
  @Property({ type: 'text' })
  word!: string;
}
