import * as migration_20261129_120428_initial from './20261129_120428_initial';

export const migrations = [
  {
    up: migration_20261129_120428_initial.up,
    down: migration_20261129_120428_initial.down,
    name: '20261129_120428_initial'
  },
];
