import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { useCombobox } from './useCombobox';

function key(name: string, init: KeyboardEventInit = {}) {
  return new KeyboardEvent('keydown', { key: name, cancelable: true, ...init });
}

function setup(n = 3) {
  const count = ref(n);
  const onSelect = vi.fn();
  const onSubmit = vi.fn();
  const onClear = vi.fn();
  const box = useCombobox({ count, onSelect, onSubmit, onClear });
  const press = (name: string, init?: KeyboardEventInit) => {
    const event = key(name, init);
    box.onKeydown(event);
    return event;
  };
  return { count, onSelect, onSubmit, onClear, box, press };
}

describe('useCombobox', () => {
  it('ArrowDown opens on the first option, moves, and wraps from the last to the first', () => {
    const { box, press } = setup(3);
    expect(box.expanded.value).toBe(false);
    expect(press('ArrowDown').defaultPrevented).toBe(true);
    expect([box.expanded.value, box.active.value]).toEqual([true, 0]);
    press('ArrowDown');
    press('ArrowDown');
    expect(box.active.value).toBe(2);
    press('ArrowDown');
    expect(box.active.value).toBe(0);
  });

  it('ArrowUp opens on the last option and wraps from the first to the last', () => {
    const { box, press } = setup(3);
    press('ArrowUp');
    expect([box.expanded.value, box.active.value]).toEqual([true, 2]);
    press('ArrowUp');
    press('ArrowUp');
    expect(box.active.value).toBe(0);
    press('ArrowUp');
    expect(box.active.value).toBe(2);
  });

  it('Alt+ArrowDown opens without choosing an option', () => {
    const { box, press } = setup(3);
    press('ArrowDown', { altKey: true });
    expect([box.expanded.value, box.active.value]).toEqual([true, -1]);
    press('ArrowDown');
    expect(box.active.value).toBe(0);
  });

  it('does nothing with the arrows while there are no options', () => {
    const { box, press } = setup(0);
    press('ArrowDown');
    press('ArrowUp');
    expect([box.expanded.value, box.active.value]).toEqual([false, -1]);
  });

  it('Enter on an active option selects it and closes', () => {
    const { box, press, onSelect, onSubmit } = setup(3);
    press('ArrowDown');
    press('ArrowDown');
    expect(press('Enter').defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenCalledWith(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect([box.expanded.value, box.active.value]).toEqual([false, -1]);
  });

  it('Enter with no active option submits the query, also with the list open', () => {
    const { box, press, onSelect, onSubmit } = setup(3);
    press('Enter');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    box.show();
    expect(box.expanded.value).toBe(true);
    press('Enter');
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('Escape closes the list first, then clears the input', () => {
    const { box, press, onClear } = setup(3);
    press('ArrowDown');
    expect(press('Escape').defaultPrevented).toBe(true);
    expect([box.expanded.value, box.active.value]).toEqual([false, -1]);
    expect(onClear).not.toHaveBeenCalled();
    press('Escape');
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('Home and End stay in the input: the caret moves, the option pointer goes back to the input', () => {
    const { box, press } = setup(3);
    press('ArrowDown');
    press('ArrowDown');
    const home = press('Home');
    expect(home.defaultPrevented).toBe(false);
    expect(box.active.value).toBe(-1);
    expect(box.expanded.value).toBe(true);
    press('ArrowDown');
    expect(box.active.value).toBe(0);
    expect(press('End').defaultPrevented).toBe(false);
    expect(box.active.value).toBe(-1);
  });

  it('typing resets the pointer; fewer options never leave it out of range for Enter', () => {
    const { box, press, count, onSelect, onSubmit } = setup(3);
    press('ArrowUp');
    box.reset();
    expect(box.active.value).toBe(-1);
    press('ArrowUp');
    expect(box.active.value).toBe(2);
    count.value = 2;
    press('Enter');
    expect(onSelect).not.toHaveBeenCalled();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('a click chooses the option; Tab closes the list', () => {
    const { box, press, onSelect } = setup(3);
    box.show();
    box.choose(2);
    expect(onSelect).toHaveBeenCalledWith(2);
    expect(box.expanded.value).toBe(false);
    box.show();
    press('Tab');
    expect(box.expanded.value).toBe(false);
  });

  it('show() opens only when there is something to show', () => {
    const { box, count } = setup(0);
    box.show();
    expect(box.expanded.value).toBe(false);
    count.value = 4;
    box.show();
    expect(box.expanded.value).toBe(true);
    count.value = 0;
    expect(box.expanded.value).toBe(false);
  });
});
