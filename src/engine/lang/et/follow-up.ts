import type { FollowUpPack } from '../../rules/follow-up';
import { PhraseSet } from '../../text/pattern';

// What a check afterwards looks for: the customer satisfied, everything in order, the invoice done. Not "peab": "anname
// talle teada, et ta peab viisakam olema" tells, it does not check.
const DONE =
  'rahul|rahule|rahulolu*|korras|ok|okei|lahendatud|lahenenud|tühistatud|parandatud|eemaldatud|tehtud|valmis|lõpetatud|saadetud|korrigeeritud|jõudnud|kohale|kätte|saabunud|parandanud|tühistanud|eemaldanud|lõpetanud|töötab|õnnestus|sujus';
// Verbs of checking in the forms a promise uses: "kontrollin", "tulen vaatama", "et küsida".
const CHECK = 'küsin|küsime|küsida|küsima|uurin|uurime|uurida|uurima|kontrollin|kontrollime|kontrollida|kontrollima|vaatan|vaatame|vaadata|vaatama|kuulan|kuulame|kuulata|kuulama|helistan|helistame|helistada|jälgin|jälgime';
const FIRST_PERSON = 'helistan|helistame|helistaksime|kirjutan|kirjutame|küsin|küsime|uurin|uurime|kontrollin|kontrollime|võtan|võtame|võtaksime|anname|annan|teavitame|teavitan|kinnitame|kinnitan|saadame|saadan';

export const followUp: FollowUpPack = {
  promises: new PhraseSet(
    [
      'veenduda|veendumaks|veendume|veendun|veenduksime|veendumiseks|veenduksin',
      // "helistan Teile pärast koristust", "võtame pärast ühendust"
      // Not "järele": "uurin köögist järele" looks into it now.
      `${FIRST_PERSON} pärast|peale|seejärel|tagantjärele|järel|hiljem|üle`,
      `pärast|peale|seejärel|hiljem helistan|helistame|helistab|helistatakse|võtan|võtame|võtab|võetakse|küsin|küsime|kontrollin|kontrollime|uurin|uurime|kirjutan|kirjutame|saadan|saadame|tulen|tuleme`,
      'kuulda|küsida|uurida|teada kuidas läks|sujus|õnnestus|jäite|olete',
      'tulen|tuleme|astun|astume tagasi|läbi|juurde vaatan|vaatama|kontrollin|kontrollima|küsin|küsima|uurin|uurima|veendun',
      'tulen|tuleme|astun|astume|tuleb vaatama|kontrollima|küsima|uurima',
      'käin|käime|käib vaatamas|kontrollimas|küsimas|uurimas',
      `${CHECK} kas kõik|asi|arve|lift|koristus|toit`, 'hoian|hoiame|hoida silma_peal', 'silma_peal hoida|hoian|hoiame',
      // "küsime, kas jäite rahule", "kontrollin, et kõik on korras"
      `${CHECK} ${DONE}`, `${CHECK} nagu_peab|vaja`,
      // "anname teada, kui arve on tühistatud", "saadame kinnituse, kui…"
      `${FIRST_PERSON} kui|niipea|pärast|peale|et ${DONE}`,
      'saadame|saadan|saata|anname|annan kinnituse|kinnitust',
      'jälgin|jälgime|jälgida isiklikult',
      'järelkontroll*', 'järelkõne*', 'kvaliteedikontroll*', 'tagasiside|tagasisidet|tagasisidekõne pärast|peale koristust|koristuse|seda',
      'küsime|küsin|palume tagasisidet|tagasiside pärast|peale',
    ],
    5,
  ),
  exclusions: new PhraseSet([]),
};
