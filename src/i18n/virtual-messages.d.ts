// Provided by scripts/vite-plugin-messages.ts: a catalogue compiled, each message as its text
// (no argument) or its ICU syntax tree.
declare module 'virtual:noyau-messages/*' {
  import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
  const messages: Record<string, string | MessageFormatElement[]>;
  export default messages;
}
