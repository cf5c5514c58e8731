// Counts words the way a person would when checking "seven words or fewer":
// punctuation and emoji are not words; a hyphenated word ("e-commerce") or an elided one
// ("l'audience") is one word; a number ("20", "3,5") is a word.

// Marks that separate words even without a space around them.
const separators = /[\s/\\|;:!?¿¡…()[\]{}"«»“”„–—•·+=*&<>]+/gu;
// A comma or full stop separates words, except inside a number (3,5 · 1.000).
const listPunctuation = /(?<!\p{N})[,.]|[,.](?!\p{N})/gu;
const hasLetterOrDigit = /[\p{L}\p{N}]/u;

export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(separators, ' ')
    .replace(listPunctuation, ' ')
    .split(' ')
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => hasLetterOrDigit.test(token));
}

export function countWords(text: string): number {
  return words(text).length;
}
