// Where the editor saves: the officer's own machine (`npm run editor`, the default) or the
// agency's GitLab or GitHub, chosen by one group of settings read at build time (docs/editor.md: "Publishing from the agency's GitLab or GitHub").

export interface EditorSettings {
  /** The Decap backend block for the agency's git host; undefined: the local backend only. */
  backend?: Record<string, string>;
  branch: string;
  /** Port of decap-server on 127.0.0.1 (`npm run editor`). */
  localPort: number;
  /** Origins the editor's page must reach (API and sign-in), for its Content-Security-Policy. */
  origins: string[];
  /**
   * Where an item's page is looked at from the editor: the preview `npm run editor` serves (drafts
   * and scheduled items shown, marked), or '' for the site that serves /admin/ itself.
   */
  previewOrigin: string;
}

/** The port of the site's preview (`astro dev`) that `npm run editor` starts (EDITOR_PREVIEW_PORT). */
export const previewPort = Number(process.env.EDITOR_PREVIEW_PORT || 4321);

export function editorSettings(env: Record<string, string | undefined> = process.env): EditorSettings {
  const branch = env.EDITOR_BRANCH || 'main';
  const localPort = Number(env.EDITOR_LOCAL_PORT || 8081);
  const kind = env.EDITOR_BACKEND;
  const previewOrigin = (local: boolean) =>
    env.EDITOR_PREVIEW_ORIGIN ?? (local ? `http://127.0.0.1:${previewPort}` : '');
  if (!kind) return { branch, localPort, origins: [], previewOrigin: previewOrigin(true) };
  if (kind !== 'gitlab' && kind !== 'github')
    throw new Error(`EDITOR_BACKEND must be gitlab or github, not "${kind}"`);
  const repo = env.EDITOR_REPO;
  const authUrl = env.EDITOR_AUTH_URL;
  if (!repo || !authUrl) throw new Error('EDITOR_BACKEND needs EDITOR_REPO and EDITOR_AUTH_URL');
  if (kind === 'gitlab') {
    // GitLab signs in with PKCE: an OAuth application of the agency's GitLab, no secret needed.
    const appId = env.EDITOR_APP_ID;
    if (!appId) throw new Error('EDITOR_BACKEND=gitlab needs EDITOR_APP_ID (the OAuth application id)');
    const api = env.EDITOR_API_URL || `${authUrl.replace(/\/$/, '')}/api/v4`;
    return {
      backend: {
        name: 'gitlab',
        repo,
        branch,
        auth_type: 'pkce',
        app_id: appId,
        base_url: authUrl,
        api_root: api,
      },
      branch,
      localPort,
      origins: [...new Set([new URL(authUrl).origin, new URL(api).origin])],
      previewOrigin: previewOrigin(false),
    };
  }
  // GitHub signs in through an OAuth proxy the agency runs (it holds the app's secret).
  const api = env.EDITOR_API_URL || 'https://api.github.com';
  return {
    backend: {
      name: 'github',
      repo,
      branch,
      base_url: authUrl,
      ...(env.EDITOR_API_URL ? { api_root: api } : {}),
    },
    branch,
    localPort,
    origins: [...new Set([new URL(authUrl).origin, new URL(api).origin])],
    previewOrigin: previewOrigin(false),
  };
}
