/**
 * C0 controls, DEL and C1 controls. PostgreSQL refuses NUL in text outright (a
 * 500 if it reaches the database); the others are never typed by a person and
 * only hide text. Newlines (and tabs) are allowed where a field is multiline.
 * No zod here: the browser's comparison table checks its search text with this alone.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_EXCEPT_NEWLINE_TAB = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Whether `text` holds a control character (for `multiline`: other than newline and tab). */
export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? CONTROL_EXCEPT_NEWLINE_TAB : CONTROL).test(text);
}

/** Line breaks as "\n" only, so "\r\n" from Windows and "\n" read alike. */
export const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, "\n");
