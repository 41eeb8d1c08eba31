import * as migration_20261127_065741_initial from './20261127_065741_initial';
import * as migration_20261127_073052_contact_intake from './20261127_073052_contact_intake';
import * as migration_20261127_081159_editorial_workflow from './20261127_081159_editorial_workflow';
import * as migration_20261127_094647_staff_notified_at from './20261127_094647_staff_notified_at';
import * as migration_20261127_103150_autoincrement_ids from './20261127_103150_autoincrement_ids';
import * as migration_20261129_121153_webhooks from './20261129_121153_webhooks';
import * as migration_20261129_125818_media_storage from './20261129_125818_media_storage';
import * as migration_20261129_132104_two_factor from './20261129_132104_two_factor';
import * as migration_20261202_180212_two_factor_last_step from './20261202_180212_two_factor_last_step';
import * as migration_20261203_082609_submission_notes from './20261203_082609_submission_notes';
import * as migration_20261203_083730_review_requests from './20261203_083730_review_requests';
import * as migration_20261203_084524_redirects from './20261203_084524_redirects';
import * as migration_20261203_085333_search from './20261203_085333_search';
import * as migration_20261203_091612_authorship from './20261203_091612_authorship';
import * as migration_20261203_094654_readability from './20261203_094654_readability';
import * as migration_20261203_172427_more_authorship from './20261203_172427_more_authorship';
import * as migration_20261204_044600_for_readers from './20261204_044600_for_readers';

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
    up: migration_20261129_121153_webhooks.up,
    down: migration_20261129_121153_webhooks.down,
    name: '20261129_121153_webhooks',
  },
  {
    up: migration_20261129_125818_media_storage.up,
    down: migration_20261129_125818_media_storage.down,
    name: '20261129_125818_media_storage',
  },
  {
    up: migration_20261129_132104_two_factor.up,
    down: migration_20261129_132104_two_factor.down,
    name: '20261129_132104_two_factor',
  },
  {
    up: migration_20261202_180212_two_factor_last_step.up,
    down: migration_20261202_180212_two_factor_last_step.down,
    name: '20261202_180212_two_factor_last_step',
  },
  {
    up: migration_20261203_082609_submission_notes.up,
    down: migration_20261203_082609_submission_notes.down,
    name: '20261203_082609_submission_notes',
  },
  {
    up: migration_20261203_083730_review_requests.up,
    down: migration_20261203_083730_review_requests.down,
    name: '20261203_083730_review_requests',
  },
  {
    up: migration_20261203_084524_redirects.up,
    down: migration_20261203_084524_redirects.down,
    name: '20261203_084524_redirects',
  },
  {
    up: migration_20261203_085333_search.up,
    down: migration_20261203_085333_search.down,
    name: '20261203_085333_search',
  },
  {
    up: migration_20261203_091612_authorship.up,
    down: migration_20261203_091612_authorship.down,
    name: '20261203_091612_authorship',
  },
  {
    up: migration_20261203_094654_readability.up,
    down: migration_20261203_094654_readability.down,
    name: '20261203_094654_readability',
  },
  {
    up: migration_20261203_172427_more_authorship.up,
    down: migration_20261203_172427_more_authorship.down,
    name: '20261203_172427_more_authorship',
  },
  {
    up: migration_20261204_044600_for_readers.up,
    down: migration_20261204_044600_for_readers.down,
    name: '20261204_044600_for_readers'
  },
];
