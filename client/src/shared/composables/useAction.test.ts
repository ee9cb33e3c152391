import { ApolloError } from '@apollo/client/core';
import { mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { i18n } from '@/app/i18n';
import { useAction } from './useAction';
import { useRowAction } from './useRowAction';

function withAction(): ReturnType<typeof useAction>;
function withAction(rows: 'rows'): ReturnType<typeof useRowAction>;
function withAction(rows?: 'rows') {
  let action!: ReturnType<typeof useAction> | ReturnType<typeof useRowAction>;
  mount(
    defineComponent({
      setup() {
        action = rows ? useRowAction() : useAction();
        return () => h('div');
      },
    }),
    { global: { plugins: [i18n] } },
  );
  return action;
}

describe('useAction', () => {
  it('runs one action at a time, then what follows with its result', async () => {
    const { busy, error, run } = withAction();
    let finish!: (value: string) => void;
    const done: string[] = [];
    const first = run(() => new Promise<string>((resolve) => (finish = resolve)), (result) => done.push(result));
    expect(busy.value).toBe(true);
    expect(await run(() => Promise.resolve('second'))).toBe(false);
    finish('first');
    expect(await first).toBe(true);
    expect(done).toEqual(['first']);
    expect(busy.value).toBe(false);
    expect(error.value).toBeNull();
  });

  it("keeps the server's message when it fails, and clears it on the next try", async () => {
    const { busy, error, run } = withAction();
    const failure = new ApolloError({ graphQLErrors: [new GraphQLError('Nei', { extensions: { code: 'BAD_USER_INPUT' } })] });
    expect(await run(() => Promise.reject(failure), () => expect.fail('not after a failure'))).toBe(false);
    expect(error.value).toBeTruthy();
    expect(busy.value).toBe(false);
    expect(await run(() => Promise.resolve())).toBe(true);
    expect(error.value).toBeNull();
  });
});

describe('useRowAction', () => {
  it('marks the busy row, says what was done, and keeps the problem when a row fails', async () => {
    const { busyId, status, problem, run } = withAction('rows');
    const first = run('r1', () => Promise.resolve(), () => 'Godkjent');
    expect(busyId.value).toBe('r1');
    expect(await run('r2', () => Promise.resolve(), () => 'Nei')).toBe(false);
    expect(await first).toBe(true);
    expect(busyId.value).toBeNull();
    expect(status.value).toBe('Godkjent');
    expect(await run('r2', () => Promise.reject(new Error('x')), () => 'Nei')).toBe(false);
    expect(status.value).toBeNull();
    expect(problem.value).toBeTruthy();
  });
});
