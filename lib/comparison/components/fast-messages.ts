type Values = Record<string, string | number>;
type Translator = { (key: string, values?: Values): string; raw: (key: string) => unknown };

/**
 * The comparison table's translator, for its thousand calls a page: a message whose
 * only syntax is plain {placeholders} is filled in here, parsed once, as ICU does it
 * (String(value)); anything else goes to next-intl, which spends most of such a call
 * looking up its cached formatter (a JSON key of the call's formats), not formatting.
 */
export function fastTranslator(t: Translator): (key: string, values?: Values) => string {
  const compiled = new Map<string, string[] | null>();
  return (key, values) => {
    if (!values) return t(key);
    let parts = compiled.get(key);
    if (parts === undefined) {
      const raw = t.raw(key);
      parts = typeof raw === "string" ? plainParts(raw) : null;
      compiled.set(key, parts);
    }
    if (!parts) return t(key, values);
    let text = parts[0]!;
    for (let index = 1; index < parts.length; index += 2) {
      const value = values[parts[index]!];
      if (typeof value !== "string" && typeof value !== "number") return t(key, values);
      text += String(value) + parts[index + 1]!;
    }
    return text;
  };
}

/** The message split into text and placeholder names, or null when it has any other ICU syntax (quotes, plural, select, formats, tags). */
function plainParts(message: string): string[] | null {
  if (/['<#]/.test(message)) return null;
  const parts = message.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/);
  return parts.some((part, index) => index % 2 === 0 && /[{}]/.test(part)) ? null : parts;
}

/** `format`, remembering each answer (a table formats the same few days again and again). */
export function remembered(format: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = format(text);
      known.set(text, answer);
    }
    return answer;
  };
}
