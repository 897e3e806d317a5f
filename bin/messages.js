// The French lines bin/ prints itself, before (or without) the CLI: on a Node too old to run it, or when
// it cannot be built. Plain CommonJS for any Node, as the files that use it; every other message lives
// in the TypeScript messages modules (src/domain/messages/, scripts/messages.ts).
'use strict';

module.exports = {
  /** The Node.js in use is older than the project needs. */
  upgradeNode: function (min, installed) {
    return (
      'PACTE a besoin de Node.js ' +
      min +
      ' ou plus récent (installé : ' +
      installed +
      ') : ' +
      'installez la version LTS depuis https://nodejs.org/fr/download (ou `nvm install --lts`), puis relancez.'
    );
  },
  /** The prebuilt command is missing or stale and esbuild could not build it (absent, or a build error). */
  buildFailed: function (detail) {
    return (
      'La commande pacte ne peut pas être préparée (' +
      detail +
      ') : lancez `npm ci` dans le dossier du projet, ' +
      "puis relancez ; si vous modifiez le code, corrigez d'abord cette erreur."
    );
  },
};
