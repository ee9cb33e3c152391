/** The client's own GraphQL documents, so tests and benchmarks send exactly what the pages send. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { repoRoot } from '../src/common/paths.js';

function allDefinitions(root: string): DefinitionNode[] {
  const featuresDir = join(root, 'client', 'src', 'features');
  const defs: DefinitionNode[] = [];
  for (const feature of readdirSync(featuresDir)) {
    const dir = join(featuresDir, feature, 'graphql');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    } catch {
      continue;
    }
    for (const f of files) defs.push(...parse(readFileSync(join(dir, f), 'utf8')).definitions);
  }
  return defs;
}

/** The names of every operation the client sends. */
export function clientOperationNames(): string[] {
  return allDefinitions(repoRoot).flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

/**
 * The named operation with every fragment it uses (transitively), as one document; from another checkout's
 * client when `root` is given (a benchmark's baseline server understands only its own client's documents).
 */
export function clientOperation(name: string, root = repoRoot): string {
  const defs = allDefinitions(root);
  const fragments = new Map(defs.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operation = defs.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no client operation named ${name}`);
  const needed = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (needed.has(spread.name.value)) return;
        needed.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(operation);
  return [operation, ...[...needed].map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n');
}
