/** The check-commands tab that fits the reader's system, from the user agent. */
export function preferredOs(): 'linux' | 'macos' | 'windows-powershell' {
  const platform = navigator.platform || navigator.userAgent;
  if (/Win/i.test(platform)) return 'windows-powershell';
  if (/Mac|iPhone|iPad/i.test(platform)) return 'macos';
  return 'linux';
}
