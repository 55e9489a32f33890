/**
 * `journey-studio`: the command line for pipelines (package.json "bin", built
 * to dist/main/cli.mjs). Commands: export, import, gaps, metrics, new; each
 * with --help, clear messages and exit codes (see README "Command line").
 */
console.error('journey-studio: the command line is being built.');
process.exitCode = 1;
