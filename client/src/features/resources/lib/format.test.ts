import { describe, expect, it } from 'vitest';
import { fileTypeLabel, formatDateTime, formatFileSize, languageName, previewKind } from './format';

describe('resource formatting', () => {
  it('shows file sizes in decimal units in the UI language', () => {
    expect(formatFileSize(12, 'en')).toBe('12 bytes');
    expect(formatFileSize(1_536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(2_500_000, 'nb')).toMatch(/^2,5\sMB$/);
  });

  it('names file types and chooses a preview', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('image/png')).toBe('PNG');
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word');
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('image/webp')).toBe('image');
    expect(previewKind('application/vnd.oasis.opendocument.text')).toBeNull();
    expect(previewKind(null)).toBeNull();
  });

  it('names languages, capitalised', () => {
    expect(languageName('uk', 'en')).toBe('Ukrainian');
    expect(languageName('uk', 'nb')).toBe('Ukrainsk');
  });

  it('shows times in Oslo', () => {
    expect(formatDateTime('2026-06-01T10:00:00Z', 'en')).toContain('12:00');
  });
});
