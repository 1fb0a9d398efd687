// What `npm install khabar` downloads: the files npm pack puts in the tarball and their size.
import { execFileSync } from 'node:child_process';
import { root } from './corpora.mjs';

export function benchPackage() {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const byTop = new Map();
  for (const f of info.files) {
    const top = f.path.includes('/') ? f.path.split('/')[0] + '/' : f.path;
    byTop.set(top, (byTop.get(top) ?? 0) + f.size);
  }
  const lines = [`npm pack: ${info.entryCount} files, ${(info.size / 1e6).toFixed(2)} MB packed, ${(info.unpackedSize / 1e6).toFixed(2)} MB unpacked`];
  for (const [top, size] of [...byTop].sort((a, b) => b[1] - a[1])) lines.push(`  ${top.padEnd(16)} ${(size / 1e6).toFixed(2)} MB`);
  return lines.join('\n');
}
