import * as migration_20261129_120428_initial from './20261129_120428_initial';
import * as migration_20261129_130008_media_storage from './20261129_130008_media_storage';

export const migrations = [
  {
    up: migration_20261129_120428_initial.up,
    down: migration_20261129_120428_initial.down,
    name: '20261129_120428_initial',
  },
  {
    up: migration_20261129_130008_media_storage.up,
    down: migration_20261129_130008_media_storage.down,
    name: '20261129_130008_media_storage'
  },
];
