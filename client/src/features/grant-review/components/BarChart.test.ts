import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n';
import { toBars } from '../lib/format';
import BarChart from './BarChart.vue';

const buckets = [
  { value: 'Skien', count: 3 },
  { value: 'Porsgrunn', count: 1 },
];

function render(items = buckets) {
  return mount(BarChart, {
    global: { plugins: [i18n] },
    props: {
      title: 'Søknader etter kommune',
      bars: toBars(items, (b) => b.value, (b) => b.value, (b) => b.count),
      format: (v: number) => String(v),
      rowHeader: 'Kommune',
      columns: [{ label: 'Søknader', cells: items.map((b) => String(b.count)) }],
      emptyText: 'Ingen søknader ennå.',
    },
  });
}

describe('BarChart', () => {
  it('is a titled region whose bars carry their label and value as text, the bar itself hidden', () => {
    const wrapper = render();
    const section = wrapper.get('section');
    expect(wrapper.get(`#${section.attributes('aria-labelledby')}`).text()).toBe('Søknader etter kommune');
    const rows = wrapper.findAll('li');
    expect(rows.map((r) => r.text())).toEqual(['Skien3', 'Porsgrunn1']);
    expect(rows[0]!.get('.grant-review-chart__track').attributes('aria-hidden')).toBe('true');
    expect(rows[1]!.get('.grant-review-chart__fill').attributes('style')).toContain('width: 33.3%');
  });

  it('offers the numbers as a table with row and column headers', () => {
    const wrapper = render();
    expect(wrapper.get('summary').text()).toBe('Vis som tabell: Søknader etter kommune');
    expect(wrapper.get('caption').text()).toBe('Søknader etter kommune');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Kommune', 'Søknader']);
    expect(wrapper.findAll('tbody tr').map((tr) => [tr.get('th[scope="row"]').text(), tr.get('td').text()])).toEqual([
      ['Skien', '3'],
      ['Porsgrunn', '1'],
    ]);
  });

  it('says so when there is nothing to draw', () => {
    const wrapper = render([]);
    expect(wrapper.text()).toContain('Ingen søknader ennå.');
    expect(wrapper.find('table').exists()).toBe(false);
  });
});
