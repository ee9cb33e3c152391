import { describe, expect, it } from 'vitest';
import { queryString, safeReturnPath } from './navigation';

describe('safeReturnPath', () => {
  it.each([
    ['/konto', '/konto'],
    ['/invitasjon?token=abc', '/invitasjon?token=abc'],
    [['/organisasjoner/1', '/x'], '/organisasjoner/1'],
  ])('keeps the local path %j', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([undefined, null, '', 'konto', 'https://evil.example', '//evil.example/x', '/\\evil.example', 42])('refuses %j', (input) => {
    expect(safeReturnPath(input, '/fallback')).toBe('/fallback');
  });
});

describe('queryString', () => {
  it('reads the first value', () => {
    expect(queryString(['a', 'b'])).toBe('a');
    expect(queryString('x')).toBe('x');
    expect(queryString(undefined)).toBe('');
    expect(queryString(null)).toBe('');
  });
});
