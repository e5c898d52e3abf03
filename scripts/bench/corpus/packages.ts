import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The corpus draws its words from Debian's word lists: the Mongolian hunspell dictionary (stems and
// affix rules) and the British English word list.

export const wordFiles = {
  mnDic: '/usr/share/hunspell/mn_MN.dic',
  mnAff: '/usr/share/hunspell/mn_MN.aff',
  en: '/usr/share/dict/british-english',
};
const packages = ['hunspell-mn', 'wbritish'];

/**
 * Install the word lists when missing and running as root; otherwise name the one command to run.
 * Returns false (after printing the command) when they are missing and cannot be installed here.
 */
export function ensureWordLists(log: (line: string) => void = console.error): boolean {
  if (Object.values(wordFiles).every((f) => existsSync(f))) return true;
  const command = `apt-get install -y ${packages.join(' ')}`;
  if (process.getuid?.() !== 0) {
    log(`The corpus needs Debian's word lists. Run once:\n  sudo ${command}`);
    return false;
  }
  log(`Installing the word lists: ${command}`);
  execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit' });
  return Object.values(wordFiles).every((f) => existsSync(f));
}
