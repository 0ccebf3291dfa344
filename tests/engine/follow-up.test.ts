import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';

describe('follow-up', () => {
  it.each([
    ['et', 'Helistan Teile pärast koristust, et veenduda, et kõik on korras.'],
    ['et', 'Anname Teile teada, kui arve on tühistatud.'],
    ['et', 'Kontrollin isiklikult, et kõik oleks korras.'],
    ['et', 'Pärast korduskoristust võtame Teiega ühendust ja küsime, kas jäite rahule.'],
    ['et', 'Helistan Teile järgmisel nädalal ja kontrollin, kas uus arve on kohale jõudnud.'],
    ['et', 'Tulen mõne minuti pärast tagasi ja vaatan, kas kõik on korras.'],
    ['et', 'Kui arve on tyhistatud, saadan Teile selle kohta kinnituse.'],
    ['en', "I'll call you after the re-clean to make sure everything is in order."],
    ['en', "I'll check with you afterwards."],
    ['en', 'I will confirm once the invoice has been cancelled.'],
    ['en', 'We will let you know as soon as the invoice is corrected.'],
    ['en', 'I will personally follow up.'],
    ['en', "Once the re-clean is done, I'll phone you to check you are happy with it."],
    ['en', "I'll pop back in a few minutes to check on you both."],
    ['en', "I'll give you a call on Friday to check it has reached you."],
    ['pl', 'Zadzwonię do Pani po sprzątaniu, aby upewnić się, że wszystko jest w porządku.'],
    ['pl', 'Potwierdzimy mailowo anulowanie faktury.'],
    ['pl', 'Damy znać, gdy faktura zostanie anulowana.'],
    ['pl', 'Zajrzę do Państwa za kilka minut, żeby sprawdzić, czy wszystko w porządku.'],
    ['pl', 'Za kilka dni zadzwonię, żeby upewnić się, że nowa faktura dotarła.'],
  ] as const)('is met by a promise to check afterwards in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'met');
  });

  it.each([
    ['et', 'Helistan Teile kohe.'],
    ['et', 'Saadame homme uue koristaja.'],
    ['et', 'Vaatame, mis juhtus, ja teeme asja korda.'],
    ['et', 'Uurime, miks koristus polnud korras.'],
    ['et', 'Kui Teil on küsimusi, võtke meiega ühendust.'],
    ['en', 'We will call you right away.'],
    ['en', 'We will check what happened and make it right.'],
    ['en', "We'll send a follow-up cleaning tomorrow."],
    ['en', 'Please let us know if you have any other questions.'],
    ['en', "I'll make sure today's invoice is cancelled this afternoon."],
    ['en', 'We will make sure this does not happen again.'],
    ['pl', 'Od razu zadzwonię po technika.'],
    ['pl', 'Sprawdzimy wszystko i wyjaśnimy sytuację.'],
    ['pl', 'W razie pytań prosimy o kontakt.'],
  ] as const)('is missed without a check afterwards in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'missed');
  });
});
