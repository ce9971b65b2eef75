import { ApiError, refusalOf, UNREACHABLE } from './http.js';

/** The file name in `content-disposition: attachment; filename="people.csv"`. */
function fileNameOf(disposition: string | null, path: string): string {
  const named = /filename="([^"]+)"/.exec(disposition ?? '');
  return named?.[1] ?? `${path.split('/').filter(Boolean).join('-')}.csv`;
}

/**
 * Fetch a file with the bearer token (a plain link cannot carry one) and hand it to the browser's own
 * download, as if the link had been followed.
 */
export async function downloadFile(path: string, headers: Record<string, string>): Promise<string> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', headers: { accept: 'text/csv', ...headers } });
  } catch {
    throw new ApiError('unavailable', UNREACHABLE, 0);
  }
  if (!res.ok) throw refusalOf(res.status, await res.text());
  const name = fileNameOf(res.headers.get('content-disposition'), path);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the object URL can go after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}
