import * as migration_20261127_065741_initial from './20261127_065741_initial';
import * as migration_20261127_073052_contact_intake from './20261127_073052_contact_intake';

export const migrations = [
  {
    up: migration_20261127_065741_initial.up,
    down: migration_20261127_065741_initial.down,
    name: '20261127_065741_initial',
  },
  {
    up: migration_20261127_073052_contact_intake.up,
    down: migration_20261127_073052_contact_intake.down,
    name: '20261127_073052_contact_intake'
  },
];
