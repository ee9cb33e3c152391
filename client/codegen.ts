import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed SDL (never a running server) so codegen works offline and in CI.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        // Dates travel as ISO 8601 strings; parse them where they are shown. New scalars get
        // `unknown` (not `any`) until they are mapped here.
        defaultScalarType: 'unknown',
        scalars: {
          ID: 'string',
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
