// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint config (eslint.config.js at the repository root) keeps the client's dependencies pointing one way.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}client/src/${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Loading the config and its parsers takes seconds on a busy machine.
describe('client import boundaries', { timeout: 60_000 }, () => {
  it('lets a feature reach another only through its public index', async () => {
    expect(await restricted('features/events/composables/x.ts', "import { useViewer } from '@/features/accounts';\nexport const x = useViewer;\n")).toEqual([]);
    expect(await restricted('features/events/composables/x.ts', "import { useViewer } from '@/features/accounts/composables/useViewer';\nexport const x = useViewer;\n")).toHaveLength(1);
    expect(await restricted('features/events/composables/x.ts', "import { useViewer } from '../../accounts/composables/useViewer';\nexport const x = useViewer;\n")).toHaveLength(1);
  });

  it('keeps a feature off its own index and lets it import its own files', async () => {
    expect(await restricted('features/events/composables/x.ts', "import { osloRange } from '@/features/events';\nexport const x = osloRange;\n")).toHaveLength(1);
    expect(await restricted('features/events/composables/x.ts', "import { osloRange } from '../lib/osloTime';\nexport const x = osloRange;\n")).toEqual([]);
  });

  it('keeps shared/ free of features, and lets app/ compose them', async () => {
    expect(await restricted('shared/lib/x.ts', "import { useViewer } from '@/features/accounts';\nexport const x = useViewer;\n")).toHaveLength(1);
    expect(await restricted('shared/lib/x.ts', "import { useViewer } from '../../features/accounts/composables/useViewer';\nexport const x = useViewer;\n")).toHaveLength(1);
    expect(await restricted('app/x.ts', "import { useViewer } from '@/features/accounts';\nexport const x = useViewer;\n")).toEqual([]);
  });
});
