import { statesAllowing, targetOf, type TransitionTable } from '../../../common/transitions.js';
import { PaymentState as S } from './follow-up.entity.js';
import { mover } from './moves.js';

/** The moves of a payment of an award's plan. Payments start PLANNED when the award is made. */
export type PaymentMove = 'request' | 'markPaid' | 'cancel';

export const PAYMENT_MOVES: Readonly<Record<PaymentMove, string>> = {
  request: 'the system, when its trigger happens (the award accepted, its report approved): due, and in the finance export',
  markPaid: 'county staff record that finance has paid it, with the finance reference',
  cancel: 'the system, when the award is declined or lapses, its report is rejected, or repayment is claimed',
};

/** Every move a payment can make: the one place these rules live. */
export const PAYMENT_TRANSITIONS: TransitionTable<S, PaymentMove> = {
  [S.PLANNED]: { [S.REQUESTED]: 'request', [S.CANCELLED]: 'cancel' },
  [S.REQUESTED]: { [S.PAID]: 'markPaid', [S.CANCELLED]: 'cancel' },
  [S.PAID]: {},
  [S.CANCELLED]: {},
};

export const paymentMay = (payment: { state: S }, move: PaymentMove): boolean => targetOf(PAYMENT_TRANSITIONS, payment.state, move) !== null;

/** Not yet paid and still possible: what a decline, a rejection or a repayment claim cancels. */
export const CANCELLABLE_PAYMENT_STATES: readonly S[] = statesAllowing(PAYMENT_TRANSITIONS, 'cancel');

export const movePayment = mover(PAYMENT_TRANSITIONS, 'grant_payment', (move) => (move === 'markPaid' ? 'grant/payment_not_requested' : 'grant/invalid_transition'));
