/**
 * The import graph's rules (`npm run lint` checks them): no cycle, and no module imports one of a
 * higher layer. Layers, bottom to top; a module may import its own layer and those below it.
 */
const LAYERS = [
  ['base', '^src/(config|errors)\\.ts$|^src/base/'],
  ['libraries', '^src/(catalog/(catalog|entry|entries\\.generated|names|urls|build)|certs/)'],
  ['model', '^src/(model|trust)/'],
  ['judgement', '^src/(rules|rotation|verdict|plan)/'],
  ['renderers', '^src/render/'],
  ['gatherers', '^src/(scan|aws|probe|github|tracking|inputs|aggregate)/|^src/(catalog/refresh|config-file|environment|outputs)\\.ts$'],
  ['modes', '^src/modes/'],
  ['shells', '^src/(action|cli|cli-flags|main)\\.ts$|^src/action/'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-from-${name}`,
  comment: `${name} may import only ${LAYERS.slice(0, i + 1)
    .map(([n]) => n)
    .join(', ')}`,
  severity: 'error',
  from: { path },
  to: {
    path: LAYERS.slice(i + 1)
      .map(([, p]) => `(${p})`)
      .join('|'),
  },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'an import cycle', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'in-a-layer',
      comment: 'every source file belongs to a layer (add it to LAYERS in .dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(([, p]) => `(${p})`).join('|') },
      to: {},
    },
    ...upward,
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
