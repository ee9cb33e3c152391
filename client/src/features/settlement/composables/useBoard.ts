import { useMutation, useQuery, useSubscription } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { errorExtension } from '@/app/errors';
import { useLiveSubscription } from '@/features/groups';
import {
  SettlementBoardCellSetDocument,
  SettlementBoardDocument,
  SettlementBoardFocusDocument,
  SettlementBoardHistoryDocument,
  SettlementBoardLockDocument,
  SettlementBoardPresenceDocument,
  SettlementBoardUnlockDocument,
  SettlementBoardUpdatesDocument,
  type BoardCellInput,
  type SettlementBoardQuery,
  type SettlementBoardUpdatesSubscription,
} from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

export type BoardYear = NonNullable<SettlementBoardQuery['settlementYear']>;
export type BoardRow = BoardYear['municipalities'][number];
export type BoardUpdate = SettlementBoardUpdatesSubscription['settlementBoardUpdates'];

export function useSettlementBoard(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementBoardDocument, () => ({ id: id.value }));
  return { year: computed(() => result.value?.settlementYear ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useBoardUpdates(yearId: () => string | null, onUpdate: (update: BoardUpdate) => void) {
  return useLiveSubscription({
    document: SettlementBoardUpdatesDocument,
    variables: () => {
      const id = yearId();
      return id ? { yearId: id } : null;
    },
    cursorOf: (data) => data.settlementBoardUpdates.cursor,
    onEvent: (data) => onUpdate(data.settlementBoardUpdates),
  });
}

/** Who is at the board and at which row; the viewer counts as present while the page is open. */
export function useBoardPresence(yearId: () => string | null) {
  const { result } = useSubscription(SettlementBoardPresenceDocument, () => ({ yearId: yearId() ?? '' }), () => ({ enabled: !!yearId() }));
  return { viewers: computed(() => result.value?.settlementBoardPresence.viewers ?? []) };
}

export function useBoardFocus() {
  const { mutate } = useMutation(SettlementBoardFocusDocument);
  return { focus: async (yearId: string, municipalityNumber: string | null) => void (await mutate({ yearId, municipalityNumber }).catch(() => undefined)) };
}

/** CONFLICT settlement/cell_version_conflict: what the cell holds now and who put it there; else null. */
export function cellConflict(error: unknown): { version: number; number: number | null; text: string | null; by: string | null } | null {
  const version = errorExtension(error, 'currentVersion');
  if (typeof version !== 'number') return null;
  return { version, number: (errorExtension(error, 'currentNumber') as number | null) ?? null, text: (errorExtension(error, 'currentText') as string | null) ?? null, by: (errorExtension(error, 'updatedByName') as string | null) ?? null };
}

export function useBoardCellSet() {
  const { mutate } = useMutation(SettlementBoardCellSetDocument);
  async function set(input: BoardCellInput) {
    return mutationPayload((await mutate({ input }))?.data?.settlementBoardCellSet, 'settlementBoardCellSet');
  }
  return { set };
}

export function useBoardHistory(yearId: Ref<string>, municipalityNumber: Ref<string | null>, enabled: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(SettlementBoardHistoryDocument, () => ({ yearId: yearId.value, municipalityNumber: municipalityNumber.value }), () => ({ enabled: enabled.value, fetchPolicy: 'network-only' }));
  return { changes: computed(() => result.value?.settlementBoardHistory ?? []), loading, error, refetch };
}

export function useBoardLock() {
  const { mutate: lockMutate, loading: locking } = useMutation(SettlementBoardLockDocument, { refetchQueries: ['SettlementBoard', 'SettlementYear'] });
  const { mutate: unlockMutate, loading: unlocking } = useMutation(SettlementBoardUnlockDocument, { refetchQueries: ['SettlementBoard', 'SettlementYear'] });
  return {
    lock: async (yearId: string) => (await lockMutate({ yearId }))?.data?.settlementBoardLock ?? null,
    unlock: async (yearId: string) => (await unlockMutate({ yearId }))?.data?.settlementBoardUnlock ?? null,
    busy: computed(() => locking.value || unlocking.value),
  };
}
