import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

// The package as npm installs it (README, "Install"): `npm pack`, then `npm install -g` of
// the tarball into a temporary prefix, as a user would, and plainte run from there. The
// SQLite driver's compiled part is handed to its installer as a local prebuilt file made
// from the one `npm ci` put in node_modules, so that nothing is compiled or downloaded
// from GitHub; the packages themselves come from npm's cache, filled by `npm ci` (their
// lists from the registry when the cache lacks them).

const ROOT = new URL('../..', import.meta.url).pathname;
const MB = 1_000_000;

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 240_000, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Bytes of the files under `path` (links not followed). */
function sizeOf(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** better-sqlite3 and every package it needs, as installed under `modules`. */
function driverPackages(modules: string): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    found.add(name);
    const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  visit('better-sqlite3');
  return found;
}

/** The driver's compiled part as the prebuilt file its installer looks for, in a folder. */
function localPrebuild(): string {
  const folder = tempDir();
  const driver = join(ROOT, 'node_modules', 'better-sqlite3');
  const fromDriver = createRequire(join(driver, 'package.json'));
  const pkg = fromDriver('./package.json') as { name: string; version: string };
  const rc = (fromDriver('prebuild-install/rc') as (pkg: object) => Record<string, unknown>)(pkg);
  const util = fromDriver('prebuild-install/util') as { getDownloadUrl(opts: object): string };
  const name = util
    .getDownloadUrl({ ...rc, pkg })
    .split('/')
    .pop()!;
  const tar = run('tar', ['-czf', join(folder, name), '-C', driver, 'build/Release/better_sqlite3.node']);
  expect(tar.status, tar.stderr).toBe(0);
  return folder;
}

describe('the package', () => {
  it('installs from its tarball with its one runtime dependency, small, and runs from there', () => {
    const work = tempDir();
    const pack = run('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT });
    expect(pack.status, pack.stderr).toBe(0);
    // Nothing npm would warn about that the project could fix (a missing licence, a bad field).
    expect(pack.stderr).not.toMatch(/npm warn/i);
    const tarball = join(work, pack.stdout.trim().split('\n').pop()!);

    const prefix = join(work, 'prefix');
    const install = run(
      'npm',
      [
        'install',
        '-g',
        '--prefix',
        prefix,
        tarball,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--foreground-scripts',
      ],
      // prebuild-install's own setting (npm names it an unknown one, and passes it on).
      { env: { ...process.env, npm_config_better_sqlite3_local_prebuilds: localPrebuild() } },
    );
    expect(install.status, install.stderr).toBe(0);
    // The build is in the tarball: a tarball install runs no `prepare` (it would need tsc).
    expect(install.stdout + install.stderr).not.toContain('plainte@0.1.0 prepare');

    const installed = join(prefix, 'lib', 'node_modules', 'plainte');
    const modules = join(installed, 'node_modules');
    const driver = driverPackages(modules);
    const packages = readdirSync(modules).flatMap((name) =>
      name.startsWith('.')
        ? []
        : name.startsWith('@')
          ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`)
          : [name],
    );
    expect(packages.filter((name) => !driver.has(name))).toEqual([]);
    const driverSize = [...driver].reduce((sum, name) => sum + sizeOf(join(modules, name)), 0);
    const total = sizeOf(prefix);
    // A letter's PDF and e-mail (its fonts, pdfkit, nodemailer: some 3 MB) are counted apart;
    // the README's "Install" gives both figures.
    const bundle = join(installed, 'dist', 'bundle');
    const letters =
      sizeOf(join(installed, 'dist', 'fonts')) +
      ['pdfkit', 'nodemailer', 'mail-composer'].reduce((sum, name) => sum + sizeOf(join(bundle, `${name}.cjs`)), 0);
    expect(letters).toBeLessThanOrEqual(3.5 * MB);
    expect(total - driverSize - letters, `${(total / MB).toFixed(1)} MB installed`).toBeLessThanOrEqual(5 * MB);
    expect(existsSync(join(installed, 'dist', 'cli.js'))).toBe(false);

    const home = tempDir();
    const cache = join(home, 'cache');
    const env = {
      PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: home,
      XDG_CACHE_HOME: cache,
      TZ: 'Europe/Paris',
      PLAINTE_DB: join(home, 'plainte.db'),
    };
    expect(run('plainte', ['--version'], { env })).toMatchObject({ status: 0, stdout: '0.1.0\n' });
    const recorded = run(
      'plainte',
      [
        'new',
        '--no-input',
        '--customer',
        'Marie Dupont',
        '--description',
        'Le lave-linge fuit',
        '--callback',
        'demain',
      ],
      { env },
    );
    expect(recorded, recorded.stderr).toMatchObject({ status: 0, stdout: '1\n' });
    const due = run('plainte', ['due', '--within', '2'], { env });
    expect(due.status, due.stderr).toBe(0);
    expect(due.stdout).toContain('Marie Dupont');

    // The first run of a command keeps the code V8 compiled for it and for the SQLite store it
    // loaded; the next ones take it.
    const [folder] = readdirSync(join(cache, 'plainte'));
    const kept = (name: string) => join(cache, 'plainte', folder, `${name}.cjs.cache`);
    const before = [statSync(kept('due')).mtimeMs, statSync(kept('sqlite')).mtimeMs];
    expect(run('plainte', ['due'], { env }).status).toBe(0);
    expect([statSync(kept('due')).mtimeMs, statSync(kept('sqlite')).mtimeMs]).toEqual(before);
    const launcher = createRequire(import.meta.url)(join(installed, 'dist', 'bundle', 'launch.cjs')) as {
      savedCodeAccepted(file: string, cache: string): boolean;
    };
    const bundled = (name: string) => join(installed, 'dist', 'bundle', name);
    expect(launcher.savedCodeAccepted(bundled('commands/due.cjs'), kept('due'))).toBe(true);
    expect(launcher.savedCodeAccepted(bundled('sqlite.cjs'), kept('sqlite'))).toBe(true);

    // man finds both pages where npm linked them.
    mkdirSync(join(home, 'man'));
    const man = (page: string) =>
      run('man', ['-P', 'cat', page], { env: { ...env, MANPATH: join(prefix, 'share', 'man'), MANWIDTH: '80' } });
    expect(man('plainte').stdout).toMatch(/^NOM$/m);
    expect(man('plainte-en').stdout).toMatch(/^NAME$/m);
  }, 300_000);
});
