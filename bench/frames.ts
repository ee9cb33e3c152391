/** Where a profile's frame runs (V8's CPU and heap profiles name it by URL), for the profile tools in bench/. */

/** The frame's file: inside its package (`graphql/execution/values.js`), under the server's source or build
 * (`server/common/rows.ts`), a Node module, or `(native)`. */
export function frameSource(url: string): string {
  if (!url) return '(native)';
  const inPackage = url.split('node_modules/').at(-1)!;
  if (inPackage !== url) return inPackage;
  if (url.includes('/server/src/')) return 'server/' + url.split('/server/src/')[1];
  return url.startsWith('node:') ? url : url.split('/').slice(-2).join('/');
}

/** The frame's npm package (`@apollo/server`), or its file (`frameSource`) outside packages. */
export function framePackage(url: string): string {
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  return pkg ? pkg[1]! : frameSource(url);
}
