import { dictionary } from '@zxcvbn-ts/language-common';
import { UserInputError, type FieldProblem } from './errors.js';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// The ~49 000 most common passwords (zxcvbn-ts) plus a few that Norwegians pick often.
const COMMON_PASSWORDS = new Set<string>([
  ...(dictionary['passwords-common'] as string[]),
  'passord', 'passord1', 'passord123', 'passord1234', 'sommer2024', 'sommer2025', 'sommer2026', 'vinter2025',
  'norge123', 'telemark', 'telemark1', 'skien123', 'qwertyuiopå', 'samhandling',
]);

/** Password rules: 8–128 characters and not one of the most common passwords. Returns a problem or null. */
export function passwordProblem(field: string, password: string): FieldProblem | null {
  if (password.length < PASSWORD_MIN) return { field, message: 'validation/password_too_short' };
  if (password.length > PASSWORD_MAX) return { field, message: 'validation/password_too_long' };
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return { field, message: 'validation/password_common' };
  return null;
}

export function assertPassword(field: string, password: string): void {
  const problem = passwordProblem(field, password);
  if (problem) throw new UserInputError(problem.message, [problem]);
}

// Deliberately simple: one @, no spaces, a dot in the domain. The real check is the verification mail.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(field: string, email: string): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 254 || !EMAIL.test(normalised)) throw UserInputError.field(field, 'validation/email_invalid');
  return normalised;
}

/** Language codes (ISO 639-1/-3: "nb", "ar", "uk" …), lower-cased and de-duplicated; BAD_USER_INPUT otherwise. */
export function normaliseLanguages(field: string, codes: string[]): string[] {
  const langs = [...new Set(codes.map((l) => l.trim().toLowerCase()))];
  if (langs.some((l) => !/^[a-z]{2,3}$/.test(l))) throw UserInputError.field(field, 'activity/language_invalid');
  return langs;
}

/** Norwegian organisation number (organisasjonsnummer): 9 digits, the last a mod-11 check digit. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(value[8]);
}

/** Accepts "974 760 673" and "974760673"; returns the 9 digits or throws BAD_USER_INPUT. */
export function normaliseOrgNumber(field: string, value: string): string {
  const digits = value.replace(/\s/g, '');
  if (!isValidOrgNumber(digits)) throw UserInputError.field(field, 'organisation/org_number_invalid');
  return digits;
}
