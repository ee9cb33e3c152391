import { describe, expect, it } from 'vitest';
import { mutationPayload } from './mutation';

describe('mutationPayload', () => {
  it('gives the payload, and throws naming the field when there is none', () => {
    const event = { id: '1' };
    expect(mutationPayload(event, 'eventCreate')).toBe(event);
    expect(() => mutationPayload(null, 'eventCreate')).toThrow('eventCreate returned nothing');
    expect(() => mutationPayload(undefined, 'eventUpdate')).toThrow('eventUpdate returned nothing');
  });
});
