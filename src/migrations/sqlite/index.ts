import * as migration_20261127_065741_initial from './20261127_065741_initial';
import * as migration_20261127_073052_contact_intake from './20261127_073052_contact_intake';
import * as migration_20261127_081159_editorial_workflow from './20261127_081159_editorial_workflow';
import * as migration_20261127_094647_staff_notified_at from './20261127_094647_staff_notified_at';
import * as migration_20261127_103150_autoincrement_ids from './20261127_103150_autoincrement_ids';
import * as migration_20261129_132104_two_factor from './20261129_132104_two_factor';

export const migrations = [
  {
    up: migration_20261127_065741_initial.up,
    down: migration_20261127_065741_initial.down,
    name: '20261127_065741_initial',
  },
  {
    up: migration_20261127_073052_contact_intake.up,
    down: migration_20261127_073052_contact_intake.down,
    name: '20261127_073052_contact_intake',
  },
  {
    up: migration_20261127_081159_editorial_workflow.up,
    down: migration_20261127_081159_editorial_workflow.down,
    name: '20261127_081159_editorial_workflow',
  },
  {
    up: migration_20261127_094647_staff_notified_at.up,
    down: migration_20261127_094647_staff_notified_at.down,
    name: '20261127_094647_staff_notified_at',
  },
  {
    up: migration_20261127_103150_autoincrement_ids.up,
    down: migration_20261127_103150_autoincrement_ids.down,
    name: '20261127_103150_autoincrement_ids',
  },
  {
    up: migration_20261129_132104_two_factor.up,
    down: migration_20261129_132104_two_factor.down,
    name: '20261129_132104_two_factor',
  },
];
