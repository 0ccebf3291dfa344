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

  it.each([
    ['et', 'Hiljem helistame ka üle, kas kõik sai korda.'],
    ['et', 'Hiljem helistan ja kuulan, kas kõik on ok.'],
    ['et', 'Tulen natukese aja pärast vaatama, kas kõik on ikka korras.'],
    ['et', 'Annan Teile teada, kui tehnik on lifti parandanud.'],
    ['et', 'Hoian Teie tellimusel ise silma peal.'],
    ['en', "I'll check on Monday myself that it has arrived."],
    ['en', "I'll personally keep an eye on your order until the machine has arrived."],
    ['en', 'I will make sure that everything was done properly.'],
    ['en', "Tomorrow I'll send you a short email confirming that the invoice has been cancelled."],
    ['en', "Once the technician has fixed the lift, I'll let you know."],
    ['en', "This evening I'll call you to ask whether everything is all right."],
    ['en', "I'll be back in a couple of minutes to check that everything is all right."],
    ['en', "I'll come by this evening to make sure everything in the room works for you."],
    ['pl', 'W poniedziałek sama sprawdzę, czy do Pani dotarł.'],
    ['pl', 'Dam Pani znać, kiedy zostanie doręczona.'],
    ['pl', 'Kiedy rachunek będzie w drodze, zadzwonię do pani i sprawdzę, czy doszedł.'],
    ['pl', 'Dam znać, gdy technik naprawi windę.'],
  ] as const)('is met by a later check however it is worded in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'met');
  });

  it.each([
    ['et', 'Uurime, mis läks valesti, ja teeme kõik korda.'],
    ['en', "I'll personally make sure the lift is working within the next 30 minutes."],
    ['en', 'I will make sure it is done today.'],
    ['en', "We'll make sure our cleaners are trained well."],
    ['pl', 'Sprawdzę, dlaczego sprzątaczka nie przyszła.'],
  ] as const)('is missed by making sure something happens, or looking into what went wrong, in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'missed');
  });
});

describe('follow-up, a visit later to see that all is well', () => {
  it.each([
    ['en', "I'll pop by your room in an hour to see if everything's alright."],
    ['en', "I'll come back later to ask whether you're happy with the room."],
    ['et', 'Tulen tunni pärast vaatama, kas kõik on korras.'],
    ['pl', 'Za godzinę zajrzę, żeby zobaczyć, czy wszystko w porządku.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'met');
  });

  it.each([
    ['en', 'Let me see if the kitchen has your order.'],
    ['pl', 'Zobaczę, co da się zrobić.'],
  ] as const)('is missed by looking into it now in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'missed');
  });
});

describe('follow-up, looking into it now is no check afterwards', () => {
  it.each([
    ['et', 'Uurin köögist järele, mis Teie tellimusega juhtus.'],
    ['et', 'Anname talle teada, et ta peab viisakam olema.'],
    ['en', "I'll look into it with the kitchen."],
    ['pl', 'Sprawdzę w kuchni, co się dzieje z zamówieniem.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'missed');
  });

  it.each([
    ['et', 'Käin kümne minuti pärast vaatamas, et kõik oleks laual.'],
    ['en', "I'll pop back in ten minutes to check everything's fine."],
    ['pl', 'Za dziesięć minut zajrzę, żeby sprawdzić, czy wszystko w porządku.'],
  ] as const)('is met by a visit later in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('follow-up', 'met');
  });
});
