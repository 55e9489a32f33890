import path from 'node:path';
import { Option, type Command } from 'commander';
import { SUPPORTED_LANGUAGES, type Language } from '../../../src/api/contract';
import { BUILTIN_TEMPLATE_KEYS, type BuiltinTemplateKey } from '../../../src/model/project';
import { templateDescription, templateTitle } from '../../../src/templates';
import { usageError } from '../cliErrors';
import { withSession, type CliContext } from '../cliSession';

interface NewFlags {
  template: string;
  lang?: Language;
  name?: string;
  mapName?: string;
}

/** "  starter            Six classic stages …" for --help and the unknown-template error. */
export const templateList = (): string =>
  BUILTIN_TEMPLATE_KEYS.map((key) => `  ${key.padEnd(18)} ${templateDescription(key, 'en')}`).join('\n');

/** The built-in template `--template` names (any letter case). */
function templateKey(wanted: string): BuiltinTemplateKey {
  const key = BUILTIN_TEMPLATE_KEYS.find((candidate) => candidate.toLowerCase() === wanted.trim().toLowerCase());
  if (!key) throw usageError(`--template: no built-in template called "${wanted}". Templates:\n${templateList()}`);
  return key;
}

/** Creates the project file with one map from a built-in template, written in `--lang`. */
async function runNew(ctx: CliContext, projectFile: string, flags: NewFlags): Promise<void> {
  const key = templateKey(flags.template);
  const language = flags.lang ?? 'en';
  const absolute = path.resolve(ctx.cwd, projectFile);
  const projectName = flags.name ?? path.basename(absolute).replace(/\.cjm$/i, '');
  await withSession(ctx, { printView: false }, async (session) => {
    const project = await session.call('project.create', { path: absolute, name: projectName });
    const map = await session.call('map.create', {
      projectId: project.projectId,
      name: flags.mapName ?? templateTitle(key, language),
      template: { kind: 'builtin', key },
      language,
    });
    ctx.err(`Created "${project.info.name}" with the map "${map.name}" (${map.stageCount} stages, ${map.laneCount} lanes, ${map.cardCount} cards).\n`);
    ctx.out(`${project.path}\n`);
  });
}

export function addNewCommand(program: Command, ctx: CliContext): void {
  program
    .command('new')
    .description('Create a project file with one map from a built-in template')
    .argument('<project>', 'project file to create (.cjm is added when missing; an existing file is never replaced)')
    .requiredOption('--template <name>', 'built-in template, see below (required)')
    .addOption(new Option('--lang <language>', 'language the template is written in (default en)').choices(SUPPORTED_LANGUAGES))
    .option('--name <name>', "project name (default: the file's name)")
    .option('--map-name <name>', "map name (default: the template's title)")
    .addHelpText(
      'after',
      `
Templates:
${templateList()}

Prints the new file's path on stdout.

Examples:
  journey-studio new shop.cjm --template consumerPurchase
  journey-studio new 门店.cjm --template carBuyer --lang zh-CN --name "门店旅程" --map-name "购车旅程"`,
    )
    .action((projectFile: string, flags: NewFlags) => runNew(ctx, projectFile, flags));
}
