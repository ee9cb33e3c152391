import { describe, expect, it } from 'vitest';
import { mentionedUserIds, renderMarkdown } from './markdown.js';

describe('user markdown', () => {
  it('keeps formatting and safe links', () => {
    expect(renderMarkdown('**Hei** _alle_ [IMDi](https://www.imdi.no)')).toBe(
      '<p><strong>Hei</strong> <em>alle</em> <a href="https://www.imdi.no" rel="noopener noreferrer nofollow" target="_blank">IMDi</a></p>',
    );
  });

  it.each([
    ['<script>alert(1)</script>hei', 'hei'],
    ['<img src=x onerror=alert(1)>', ''],
    ['[klikk](javascript:alert(1))', '<p><a rel="noopener noreferrer nofollow" target="_blank">klikk</a></p>'],
    ['<a href="https://x.no" onclick="alert(1)">x</a>', '<p><a href="https://x.no" rel="noopener noreferrer nofollow" target="_blank">x</a></p>'],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<p style="color:red">rød</p>', '<p>rød</p>'],
    ['[x](//evil.example)', '<p><a rel="noopener noreferrer nofollow" target="_blank">x</a></p>'],
  ])('removes what could run or mislead: %s', (input, expected) => {
    expect(renderMarkdown(input)).toBe(expected);
  });

  it('renders mentions and finds who was mentioned', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const body = `Hei @[Kari <b>Nordby</b>](user:${id}) og @[Kari](user:${id.toUpperCase()})`;
    expect(mentionedUserIds(body)).toEqual([id]);
    expect(renderMarkdown(body)).toContain(`<span data-mention="${id}">@Kari &lt;b&gt;Nordby&lt;/b&gt;</span>`);
  });

  it('answers a text rendered before with the same HTML, and each text with its own', () => {
    const texts = Array.from({ length: 50 }, (_, i) => `**Språkkafé ${i}** <script>x</script>[lenke](https://imdi.no/${i})`);
    const first = texts.map(renderMarkdown);
    expect(texts.map(renderMarkdown)).toEqual(first);
    expect(new Set(first).size).toBe(texts.length);
    expect(first[7]).toBe('<p><strong>Språkkafé 7</strong> <a href="https://imdi.no/7" rel="noopener noreferrer nofollow" target="_blank">lenke</a></p>');
  });
});
