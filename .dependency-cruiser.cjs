// Which way the server's imports may point. `npm run lint` (and so CI) runs it: `depcruise server/src`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'common-imports-no-module',
      severity: 'error',
      comment:
        "server/src/common/ is what every module shares; it imports nothing from server/src/modules/. A rule that reads a module's entities lives in that module (modules/groups/group.policy.ts), or common code is passed what it needs.",
      from: { path: '^server/src/common/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports go one way: a file never ends up importing itself (type-only imports count too). Move what both sides need to where both can import it.',
      from: { path: '^server/src/' },
      to: {
        circular: true,
        // MikroORM's two-sided relations (Organisation ↔ Membership) name each other by design, lazily (`() => Membership`).
        via: { pathNot: '\\.entity\\.ts$' },
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    // Type-only imports are dependencies too (they shape what a reader must know).
    tsPreCompilationDeps: true,
    // The compiler options of server/tsconfig.json (ESM with `.js` in import paths that name `.ts` files).
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
