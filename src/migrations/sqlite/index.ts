import * as migration_20261127_065741_initial from './20261127_065741_initial';
import * as migration_20261127_072905_drafts_autosave_schedule from './20261127_072905_drafts_autosave_schedule';
import * as migration_20261127_073449_clinical_review from './20261127_073449_clinical_review';
import * as migration_20261127_073905_claim_checks from './20261127_073905_claim_checks';
import * as migration_20261127_074051_discount_window_indexes from './20261127_074051_discount_window_indexes';
import * as migration_20261127_074310_seo_fields from './20261127_074310_seo_fields';

export const migrations = [
  {
    up: migration_20261127_065741_initial.up,
    down: migration_20261127_065741_initial.down,
    name: '20261127_065741_initial',
  },
  {
    up: migration_20261127_072905_drafts_autosave_schedule.up,
    down: migration_20261127_072905_drafts_autosave_schedule.down,
    name: '20261127_072905_drafts_autosave_schedule',
  },
  {
    up: migration_20261127_073449_clinical_review.up,
    down: migration_20261127_073449_clinical_review.down,
    name: '20261127_073449_clinical_review',
  },
  {
    up: migration_20261127_073905_claim_checks.up,
    down: migration_20261127_073905_claim_checks.down,
    name: '20261127_073905_claim_checks',
  },
  {
    up: migration_20261127_074051_discount_window_indexes.up,
    down: migration_20261127_074051_discount_window_indexes.down,
    name: '20261127_074051_discount_window_indexes',
  },
  {
    up: migration_20261127_074310_seo_fields.up,
    down: migration_20261127_074310_seo_fields.down,
    name: '20261127_074310_seo_fields'
  },
];
