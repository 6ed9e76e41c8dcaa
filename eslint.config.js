import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'src/catalog/entries.generated.ts', 'bench/.work/**', '__tests__/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    // Seeds for the fake AWS endpoint are XML-shaped data of any form.
    files: ['__tests__/support/*.d.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
