import * as migration_20261127_065741_initial from './20261127_065741_initial';

export const migrations = [
  {
    up: migration_20261127_065741_initial.up,
    down: migration_20261127_065741_initial.down,
    name: '20261127_065741_initial'
  },
];
