import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { useSelectFilters } from './useSelectFilters';

interface Filters {
  search: string;
  kind: string;
  topic: string;
}

function setup(initial: Filters) {
  const model = ref<Filters>(initial);
  const before = model.value;
  const filters = useSelectFilters(model, { topic: (v) => `Topic ${v}`, kind: (v) => `Kind ${v}` });
  return { model, before, ...filters };
}

describe('useSelectFilters', () => {
  it('shows the chosen filters as chips in the labels’ order, skipping the empty and unlabelled ones', () => {
    const { chips } = setup({ search: 'choir', kind: 'MEETING', topic: 'health' });
    expect(chips.value).toEqual([
      { key: 'topic', label: 'Topic health' },
      { key: 'kind', label: 'Kind MEETING' },
    ]);
  });

  it('writes a field by replacing the model, and removing a chip empties its filter', () => {
    const { model, before, field, removeChip, chips } = setup({ search: '', kind: '', topic: 'health' });
    const kind = field('kind');
    kind.value = 'COURSE';
    expect(model.value).toEqual({ search: '', kind: 'COURSE', topic: 'health' });
    expect(model.value).not.toBe(before);
    expect(before.kind).toBe('');
    removeChip('topic');
    expect(model.value).toEqual({ search: '', kind: 'COURSE', topic: '' });
    expect(chips.value).toEqual([{ key: 'kind', label: 'Kind COURSE' }]);
  });
});
