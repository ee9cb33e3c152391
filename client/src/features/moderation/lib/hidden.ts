import { errorExtension } from '@/app/errors';

/** The moderator's reason when a detail query answered `moderation/content_hidden` (NOT_FOUND with `extensions.reason`); else null. */
export function hiddenReasonOf(error: unknown): string | null {
  const reason = errorExtension(error, 'reason');
  return typeof reason === 'string' ? reason : null;
}
