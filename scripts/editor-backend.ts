// The editor's backend alone (`npm run editor` starts it beside the site's dev server): Decap's
// local git server behind the site's checks, on 127.0.0.1:PORT, saving to the git repository in
// GIT_REPO_DIRECTORY (default: this project). Commits are authored by GIT_AUTHOR_NAME.
import { fileURLToPath } from 'node:url';
import { editorSettings } from '../src/admin/settings';
import { startEditorBackend } from './lib/editor-backend';

const repo = process.env.GIT_REPO_DIRECTORY || fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT || editorSettings().localPort);
await startEditorBackend({ repo, port });
console.log(`Editor backend listening on http://127.0.0.1:${port} (${repo})`);
