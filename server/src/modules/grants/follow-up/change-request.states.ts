import { targetOf, type TransitionTable } from '../../../common/transitions.js';
import { ChangeRequestState as S } from './follow-up.entity.js';
import { mover } from './moves.js';

/** The moves of a change request, made by county staff. A request starts PENDING. */
export type ChangeRequestMove = 'approve' | 'deny';

export const CHANGE_REQUEST_MOVES: Readonly<Record<ChangeRequestMove, string>> = {
  approve: 'county staff approve, with a reason; an extension moves the report’s due date',
  deny: 'county staff deny, with a reason',
};

export const CHANGE_REQUEST_TRANSITIONS: TransitionTable<S, ChangeRequestMove> = {
  [S.PENDING]: { [S.APPROVED]: 'approve', [S.DENIED]: 'deny' },
  [S.APPROVED]: {},
  [S.DENIED]: {},
};

export const changeRequestMay = (request: { state: S }, move: ChangeRequestMove): boolean => targetOf(CHANGE_REQUEST_TRANSITIONS, request.state, move) !== null;

export const moveChangeRequest = mover(CHANGE_REQUEST_TRANSITIONS, 'grant_change_request', () => 'grant/change_request_decided');
