/** `['in-progress']` → `[{ label: 'In progress', value: 'in-progress' }]` for select fields. */
export const selectOptions = (values: readonly string[]) =>
  values.map((value) => ({ label: value[0].toUpperCase() + value.slice(1).replaceAll('-', ' '), value }))
