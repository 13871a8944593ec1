// size-limit's esbuild config for page (a), ProfileEditor + InviteMemberDialog + MembersTable:
// React left out (the budget is the cost over React), lazy imports left out (paid only when used).
import path from 'node:path';
import { pageBuildOptions, root } from './page-build.mjs';

export default pageBuildOptions({
  page: 'kit-all.tsx',
  outdir: path.join(root, 'bench', '.out', 'size-limit', 'kit-all'),
  lazyExternal: true,
  reactExternal: true,
});
