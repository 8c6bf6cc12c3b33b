// Parameterised SQL as data: a tagged template keeps the values apart from the text, so nothing a shopper
// types is ever spliced into a statement. One statement text serves both databases; only the placeholders
// differ (`?` for SQLite, `$1…` for PostgreSQL), filled in when it is rendered.

export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

export type Dialect = "sqlite" | "postgresql";

/** sql`SELECT … WHERE "id" = ${id}`; a nested Sql (from join, identifier or sql) is inlined with its own values. */
export function sql(strings: TemplateStringsArray | readonly string[], ...values: unknown[]): Sql {
  // Most statements nest nothing: they keep the template's own strings, one frozen array per call site, so their
  // rendered text is made once (render) instead of on every message.
  if (!values.some((value) => value instanceof Sql)) return new Sql(strings, values);
  const outStrings: string[] = [strings[0]];
  const outValues: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      outStrings[outStrings.length - 1] += value.strings[0];
      for (let j = 0; j < value.values.length; j++) {
        outValues.push(value.values[j]);
        outStrings.push(value.strings[j + 1]);
      }
      outStrings[outStrings.length - 1] += strings[i + 1];
    } else {
      outValues.push(value);
      outStrings.push(strings[i + 1]);
    }
  });
  return new Sql(outStrings, outValues);
}

export function join(parts: readonly Sql[], separator = ", "): Sql {
  if (parts.length === 0) throw new Error("join() needs at least one part");
  const strings = ["", ...parts.slice(1).map(() => separator), ""];
  return sql(strings, ...parts);
}

/** A quoted identifier. Only for names from the code's own closed lists: never for input. */
export function identifier(name: string): Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${JSON.stringify(name)}`);
  return new Sql([`"${name}"`], []);
}

// Rendered texts by strings array. Only frozen arrays (a template's own) are remembered: their content cannot change.
const rendered = new WeakMap<readonly string[], Partial<Record<Dialect, string>>>();

export function render(query: Sql, dialect: Dialect): string {
  const known = rendered.get(query.strings)?.[dialect];
  if (known !== undefined) return known;
  let text = query.strings[0];
  for (let i = 1; i < query.strings.length; i++) text += (dialect === "postgresql" ? `$${i}` : "?") + query.strings[i];
  if (Object.isFrozen(query.strings)) {
    const texts = rendered.get(query.strings) ?? {};
    texts[dialect] = text;
    rendered.set(query.strings, texts);
  }
  return text;
}
