// A short "yes" to an action the bot offered. Deliberately narrow: anything longer or unclear goes
// through understanding and routing like any other message.
// The trailing punctuation is one run, or two around a "please": two adjacent optional runs before `$` would
// be tried at every split point (quadratic on "yes" + 2,000 spaces + "x"). The lookahead instead of `\b` lets "sí"
// confirm: without the u flag `\b` sees "í" as a non-word character.
const YES = /^(y|yes|yeah|yep|yup|sure|ok|okay|please( do)?|yes please|go ahead|do it|s[ií]|vale|claro|por favor|oui|d'accord|ouais|ja|jawohl|gerne|bitte|klar)(?=[\s!.,]|$)[\s!.,]*(?:(please|por favor|s'il vous plaît|bitte)[\s!.]*)?$/i;

export function isConfirmation(text: string): boolean {
  return YES.test(text.trim());
}
