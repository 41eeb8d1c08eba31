import * as migration_20261129_120428_initial from './20261129_120428_initial';
import * as migration_20261129_130008_media_storage from './20261129_130008_media_storage';
import * as migration_20261129_130156_webhooks from './20261129_130156_webhooks';
import * as migration_20261129_132121_two_factor from './20261129_132121_two_factor';
import * as migration_20261202_180247_two_factor_last_step from './20261202_180247_two_factor_last_step';
import * as migration_20261203_082613_submission_notes from './20261203_082613_submission_notes';
import * as migration_20261203_083735_review_requests from './20261203_083735_review_requests';
import * as migration_20261203_084529_redirects from './20261203_084529_redirects';
import * as migration_20261203_085338_search from './20261203_085338_search';
import * as migration_20261203_091617_authorship from './20261203_091617_authorship';
import * as migration_20261203_094700_readability from './20261203_094700_readability';
import * as migration_20261203_172436_more_authorship from './20261203_172436_more_authorship';
import * as migration_20261204_044635_for_readers from './20261204_044635_for_readers';

export const migrations = [
  {
    up: migration_20261129_120428_initial.up,
    down: migration_20261129_120428_initial.down,
    name: '20261129_120428_initial',
  },
  {
    up: migration_20261129_130008_media_storage.up,
    down: migration_20261129_130008_media_storage.down,
    name: '20261129_130008_media_storage',
  },
  {
    up: migration_20261129_130156_webhooks.up,
    down: migration_20261129_130156_webhooks.down,
    name: '20261129_130156_webhooks',
  },
  {
    up: migration_20261129_132121_two_factor.up,
    down: migration_20261129_132121_two_factor.down,
    name: '20261129_132121_two_factor',
  },
  {
    up: migration_20261202_180247_two_factor_last_step.up,
    down: migration_20261202_180247_two_factor_last_step.down,
    name: '20261202_180247_two_factor_last_step',
  },
  {
    up: migration_20261203_082613_submission_notes.up,
    down: migration_20261203_082613_submission_notes.down,
    name: '20261203_082613_submission_notes',
  },
  {
    up: migration_20261203_083735_review_requests.up,
    down: migration_20261203_083735_review_requests.down,
    name: '20261203_083735_review_requests',
  },
  {
    up: migration_20261203_084529_redirects.up,
    down: migration_20261203_084529_redirects.down,
    name: '20261203_084529_redirects',
  },
  {
    up: migration_20261203_085338_search.up,
    down: migration_20261203_085338_search.down,
    name: '20261203_085338_search',
  },
  {
    up: migration_20261203_091617_authorship.up,
    down: migration_20261203_091617_authorship.down,
    name: '20261203_091617_authorship',
  },
  {
    up: migration_20261203_094700_readability.up,
    down: migration_20261203_094700_readability.down,
    name: '20261203_094700_readability',
  },
  {
    up: migration_20261203_172436_more_authorship.up,
    down: migration_20261203_172436_more_authorship.down,
    name: '20261203_172436_more_authorship',
  },
  {
    up: migration_20261204_044635_for_readers.up,
    down: migration_20261204_044635_for_readers.down,
    name: '20261204_044635_for_readers'
  },
];
