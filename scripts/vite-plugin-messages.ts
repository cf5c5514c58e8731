// Serves each catalogue compiled (scripts/messages.ts) as `virtual:noyau-messages/<name>`, a
// module of its own: the app imports the one language it shows, when it needs it
// (src/i18n/runtime.ts).
import type { Plugin } from 'vite';
import { catalogues, compileCatalogue, type CatalogueName } from './messages';

const PREFIX = 'virtual:noyau-messages/';

export function messagesPlugin(): Plugin {
  return {
    name: 'noyau-messages',
    resolveId(id) {
      return id.startsWith(PREFIX) && id.slice(PREFIX.length) in catalogues ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1) as CatalogueName;
      return `export default ${JSON.stringify(compileCatalogue(catalogues[name]))};\n`;
    },
  };
}
