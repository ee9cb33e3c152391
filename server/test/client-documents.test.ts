import { describe, expect, it } from 'vitest';
import { checkOperation } from '../src/common/limits.js';
import { buildAppSchema } from '../src/schema.js';
import { clientOperation, clientOperationNames } from './client-documents.js';

describe("the client's documents", () => {
  it('all pass the limits every operation meets on the server (depth, aliases, cost, size)', async () => {
    const schema = await buildAppSchema();
    const names = clientOperationNames();
    expect(names.length).toBeGreaterThan(50);
    const refused = names.flatMap((name) => {
      const checked = checkOperation(schema, clientOperation(name));
      return 'errors' in checked ? [`${name}: ${checked.errors.map((e) => e.message).join('; ')}`] : [];
    });
    expect(refused).toEqual([]);
  });
});
