import { useCallback, useState } from 'react';
import type { Member } from '../../core/member.ts';
import { memberKey } from '../../core/member-key.ts';
import { resendAvailableFrom } from './resend-available.ts';

/**
 * Resend cooldowns this session knows of before the list refetches (a resend it made, or a "wait" the
 * backend answered), over what the rows say: when each member's invitation may be sent again.
 */
export function useResendCooldowns(cooldownMs: number) {
  const [cooldownUntil, setCooldownUntil] = useState<Readonly<Record<string, number>>>({});
  const coolDown = useCallback((key: string, waitMs: number) => {
    setCooldownUntil((current) => ({ ...current, [key]: Date.now() + waitMs }));
  }, []);
  const resendAvailableAt = useCallback(
    (member: Member) => resendAvailableFrom(member, cooldownMs, cooldownUntil[memberKey(member)] ?? null),
    [cooldownUntil, cooldownMs],
  );
  return { resendAvailableAt, coolDown };
}
