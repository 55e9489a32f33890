import { migration as initial } from './0001-initial';
import { migration as catalogsImagesTemplates } from './0002-catalogs-images-templates';
import { migration as mapAnnotations } from './0003-map-annotations';
import { migration as metrics } from './0004-metrics';
import { migration as gapsSnapshots } from './0005-gaps-snapshots';
import { migration as projectUnknownFields } from './0006-project-unknown-fields';
import { migration as importAliases } from './0007-import-aliases';
import { migration as kuaishouZhihuChannels } from './0008-kuaishou-zhihu-channels';
import type { Migration } from './migration';

/** Every schema step, oldest first. A new NNNN-name.ts file must be added here (a test checks). */
export const MIGRATIONS: readonly Migration[] = [initial, catalogsImagesTemplates, mapAnnotations, metrics, gapsSnapshots, projectUnknownFields, importAliases, kuaishouZhihuChannels];
