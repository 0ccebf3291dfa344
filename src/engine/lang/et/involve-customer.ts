import type { InvolveCustomerPack } from '../../rules/involve-customer';
import { PhraseSet, phrases } from '../../text/pattern';

export const involveCustomer: InvolveCustomerPack = {
  preference: phrases(
    'eelistate|eelistaksite|eelistus|eelistust|eelistusi|eelistuse|eelistaksid|eelistad',
    'kumb|kumma|kummal|kummale|kumba',
    'saate|võite|saaksite|saad|võid valida|otsustada', 'soovite|sooviksite|tahate|tahaksite valida|otsustada', 'valige|valiksite|otsustage', 'valida|valiku|valikut|valikus|valikuid|variantide|variandid|võimalused|võimalusi vahel|hulgast|seast',
    'valik|otsus on|jääb teie|teile', 'teie_otsustada', 'jätame|jätan valiku|otsuse teie|teile',
    'kas sobiks|sobib|soovite|eelistate pigem', 'pigem või',
    // Asking the customer to name a time: "pakkuge palun ise parem aeg", "võite ka ise aja pakkuda".
    'pakkuge|pakuge|pakuksite aeg|aega|aja|kuupäev*|päev*|variant*|lahendus*', 'võite|saate|võiksite|saaksite|palun pakkuda', 'võite|saate|võiksite|saaksite|palun välja_pakkuda',
    'võite|saate|võiksite|saaksite|palun ise aeg|aega|aja|kuupäev*|päev*',
  ),
  // Open questions spread over a clause ("Millal Teile uus koristus kõige paremini sobiks?"): a wider gap.
  openQuestions: new PhraseSet(
    [
      'millal|milline|millise|millist|millisel|millised|milliseid|millistel|mis|mida|kuidas|mil sobi*|soovi*|eelista*|mugav*|tahaksite|tahate|parim*|sobivam*|meelepärane',
      'mida|kuidas saame|saaksime|võiksime|võime teha|heastada|parandada|korvata',
      'mis|milline oleks|on teie|teile jaoks|jaoks parim|sobivaim|sobivam|õiglane|mõistlik',
      'millal saaksime|võiksime|võime|saame|tohime tulla|saata|helistada|koristada|läbi',
      'mis ajal|päeval|kell saaksime|võiksime|võime|saame|tohime tulla|saata|helistada|koristada|läbi',
      'millal oleksite|olete|oleks|olete kodus|vaba|vabad|saadaval|kättesaadav', 'millal saaksite|võiksite|saate',
      // Asked for with "andke teada": "Andke palun teada Teile sobiv aeg."
      'teile sobiv*|sobivaim*|mugav* aeg|aja|aega|kuupäev*|päev*', 'teie_jaoks sobiv*|sobivaim*|mugav* aeg|aja|aega|kuupäev*|päev*',
    ],
    6,
  ),

  tellUs: phrases('andke|anda|annaksite|anna teada', 'teatage|teataksite', 'kirjutage|vastake|öelge', 'kirjuta|vasta|ütle', 'ootame|ootan teie vastust|tagasisidet|valikut|soovi*'),
  alternatives: new Set(['voi', 'ehk', 'voi-voi']),
  // With "või" in a question these offer a choice: "Kas sööte siin või pakin toidu kaasa?" (present tense: "Kas tellisite
  // ise või tütar?" asks what happened).
  wishes: phrases('soovite|sooviksite|tahate|tahaksite|eelistate|eelistaksite|sobib|sobiks|sobivam|mugavam|parem|meeldiks|saadame|saadaksime|toome|tooksime|sööte|võtate|jääte|ootate|tulete|lähete'),
  exclusions: phrases(),
};
