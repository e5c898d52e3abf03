import { slugify, slugPattern } from '../lib/slug';

// A picture uploaded as "Хурал 2026.JPG" is saved as hural-2026.jpg: content file names are Latin
// (the validator refuses others), and Decap would strip the Cyrillic letters and keep the rest.

/** The Latin name a file is saved under. */
export function uploadName(name: string): string {
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot).toLowerCase()] : [name, ''];
  if (slugPattern.test(base) && ext === name.slice(dot)) return name;
  return `${slugify(base) || 'zurag'}${ext}`;
}

/** Renames chosen files before Decap's upload reads them (a listener ahead of React's). */
export function installUploadNames() {
  document.addEventListener(
    'change',
    (e) => {
      const input = e.target as HTMLInputElement;
      if (input?.type !== 'file' || !input.files?.length) return;
      const files = [...input.files];
      if (files.every((f) => uploadName(f.name) === f.name)) return;
      const renamed = new DataTransfer();
      for (const f of files) renamed.items.add(new File([f], uploadName(f.name), { type: f.type }));
      input.files = renamed.files;
    },
    true,
  );
}
