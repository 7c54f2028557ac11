import { AppError } from '../errors/app-error'

/**
 * Cleans a pasted secret: surrounding whitespace (a copied newline) is dropped; whitespace or control
 * characters inside mean something else was pasted along, so it is refused rather than stored wrong.
 */
export const cleanSecret = (input: string): string => {
  const secret = input.trim()
  if (!secret) throw new AppError('invalid-input', 'The token is empty. Paste the token the host showed you.')
  // Zero-width and other invisible format characters (U+200B..U+200F, U+2060..U+2064, U+FEFF, soft hyphen)
  // come along from web pages and chat apps; no host issues tokens with them, and stored they never match.
  if (/[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/.test(secret))
    throw new AppError('invalid-input', 'The token contains invisible characters (copied from a web page or chat?). Copy it again from the host, or type it plainly.')
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(secret))
    throw new AppError('invalid-input', 'The token contains spaces or line breaks, so something else was pasted with it. Paste only the token.')
  if (secret.length > 4096) throw new AppError('invalid-input', 'That is far longer than any token; paste only the token.')
  return secret
}
