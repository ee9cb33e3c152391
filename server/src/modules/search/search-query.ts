/** The text search configuration: Norwegian stemming after accent folding (see the migration). */
export const SEARCH_CONFIG = 'norwegian_folded';

/**
 * The tsquery for what someone typed: web-search syntax ("quotes", OR, -minus), each word of three or more
 * letters also matching as a prefix, so "flyktning" finds "Flyktningguide" and "leksehj" finds "Leksehjelp".
 * One parameter: the query text (and no other `?`: the ORM would take it for one).
 */
export const SEARCH_TSQUERY_SQL = `(regexp_replace(websearch_to_tsquery('${SEARCH_CONFIG}', ?)::text, '''(([^'' ]|''''){3,})''', '''\\1'':*', 'g'))::tsquery`;
