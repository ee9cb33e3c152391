import type { TransitionTable } from '../../common/transitions.js';
import { ReportState as S } from './report.entity.js';

/** The moves a report makes: `resolve` when its content is hidden (every open report of it at once), `dismiss` when a
 * moderator finds nothing wrong. Both are final; a new report of the same content starts a new OPEN one. */
export type ReportMove = 'resolve' | 'dismiss';

export const REPORT_TRANSITIONS: TransitionTable<S, ReportMove> = {
  [S.OPEN]: { [S.RESOLVED]: 'resolve', [S.DISMISSED]: 'dismiss' },
  [S.RESOLVED]: {},
  [S.DISMISSED]: {},
};
