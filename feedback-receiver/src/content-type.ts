/**
 * Content-Type check for vote posts.
 */

/**
 * True for "application/json", optionally with a UTF-8 charset parameter
 * (any case, quoted or not). Other charsets are refused because the body is
 * decoded as UTF-8 only.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [mediaType, ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    if (value.trim().replace(/^"(.*)"$/, '$1').toLowerCase() !== 'utf-8') return false;
  }
  return true;
}
