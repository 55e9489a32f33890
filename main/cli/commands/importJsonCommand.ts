import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { withExtension } from '../../services/paths';
import { CliError, EXIT } from '../cliErrors';
import { withSession, type CliContext } from '../cliSession';

interface ImportJsonFlags {
  json?: boolean;
}

/**
 * Creates a new project file from a project JSON export (`export --format
 * json`), as the app's "Import project JSON…" does: every map, the catalog,
 * templates, images, imported metrics, gap settings and snapshots. It never
 * replaces an existing file, so a refresh script writes a new file and moves
 * it into place only when the command succeeded.
 */
async function runImportJson(ctx: CliContext, projectFile: string, jsonFile: string, flags: ImportJsonFlags): Promise<void> {
  const source = path.resolve(ctx.cwd, jsonFile);
  if (!fs.existsSync(source)) throw new CliError(EXIT.notFound, `Project JSON not found: ${source}`);
  const target = withExtension(path.resolve(ctx.cwd, projectFile));
  if (fs.existsSync(target)) throw new CliError(EXIT.failed, `${target} already exists; import-json creates a new project file and never replaces one. Choose another name or remove it first.`);
  await withSession(ctx, { printView: false }, async (session) => {
    const project = await session.call('project.importJson', { source, path: target });
    const maps = project.maps.map((map) => map.name);
    if (flags.json) {
      ctx.out(`${JSON.stringify({ path: project.path, project: project.info.name, maps }, null, 2)}\n`);
      return;
    }
    ctx.err(`Created "${project.info.name}" from ${path.basename(source)} with ${maps.length} map${maps.length === 1 ? '' : 's'}: ${maps.map((name) => `"${name}"`).join(', ')}.\n`);
    ctx.out(`${project.path}\n`);
  });
}

export function addImportJsonCommand(program: Command, ctx: CliContext): void {
  program
    .command('import-json')
    .description('Create a project file from a project JSON export (every map, catalog, templates, images and imported metrics)')
    .argument('<project>', 'project file to create (.cjm is added when missing; an existing file is never replaced)')
    .argument('<file>', 'project JSON written by "export --format json" or the app')
    .option('--json', 'print the new project (path, name, maps) as JSON')
    .addHelpText(
      'after',
      `
The JSON is checked against the documented project schema first (errors name the field); nothing is
written when it is not valid. Prints the new file's path on stdout.
"export --format json" followed by "import-json" gives back the same project.

Examples:
  journey-studio import-json shop-copy.cjm shop.json
  journey-studio export shop.cjm --format json --out shop.json && journey-studio import-json restored.cjm shop.json`,
    )
    .action((projectFile: string, jsonFile: string, flags: ImportJsonFlags) => runImportJson(ctx, projectFile, jsonFile, flags));
}
