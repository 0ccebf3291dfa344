import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { PACKS } from '../../src/engine/lang';
import { PhraseSet } from '../../src/engine/text/pattern';

describe('act-now', () => {
  it.each([
    ['et', 'Saadame kogenud koristaja Teie juurde homme kell 10.'],
    ['et', 'Tühistame arve kohe.'],
    ['et', 'Koristaja tuleb täna kella 15-ks.'],
    ['et', 'Koristaja tuleb tana kella 15-ks.'],
    ['et', 'Korduskoristus tehakse 24 tunni jooksul.'],
    ['et', 'Arve on juba tühistatud.'],
    ['et', 'Toon lapsele kohe leiba ja värvipliiatsid.'],
    ['et', 'Helistan tehnikule viivitamata.'],
    ['et', 'Korduskoristus on broneeritud neljapäevaks kell 9.'],
    ['et', 'Saadan parandatud arve veel täna.'],
    ['et', 'Tehnik on juba teel.'],
    ['et', 'Kas sobiks, kui tuleme homme kell 10?'],
    ['et', 'Tuleme ülehomme hommikul uuesti.'],
    ['et', 'Koristaja jõuab Teie juurde kahe tunni pärast.'],
    ['et', 'Olen arve juba tühistanud.'],
    ['en', 'We will send an experienced cleaner tomorrow at 10 am.'],
    ['en', "I'll cancel the invoice right away."],
    ['en', 'A technician will be here within two hours.'],
    ['en', "I have already cancelled today's invoice."],
    ['en', "I'm bringing bread and crayons now."],
    ['en', 'We can come back by 10 am tomorrow.'],
    ['en', 'The corrected invoice will go out today.'],
    ['en', "We'll re-clean your home within 24 hours."],
    ['en', 'I will call the technician immediately.'],
    ['en', 'Your re-clean is booked for Thursday at 9.'],
    ['pl', 'Przyjedziemy jutro o 10:00.'],
    ['pl', 'Od razu anulujemy fakturę.'],
    ['pl', 'Dziś do 15:00 wyślemy nową fakturę.'],
    ['pl', 'Technik będzie w ciągu 2 godzin.'],
    ['pl', 'Zaraz przyniosę chleb i kredki.'],
    ['pl', 'Faktura została już anulowana.'],
    ['pl', 'Od razu anuluje fakture.'],
    ['pl', 'Technik już jedzie.'],
    ['pl', 'Ponowne sprzątanie zrobimy w ciągu 24 godzin.'],
    ['pl', 'Już sprawdzam w systemie.'],
  ] as const)('is met by a commitment with a specific or immediate time in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });

  it.each([
    ['et', 'Tegeleme sellega lähiajal.'],
    ['et', 'Võtame Teiega ühendust esimesel võimalusel.'],
    ['et', 'Oleksime pidanud Teid kohe teavitama.'],
    ['et', 'Oleksime saanud kohe tulla, kui oleksime teadnud.'],
    ['et', 'Mul on kahju, et koristaja täna ei tulnud.'],
    ['et', 'Mõistan, et Teil olid täna külalised tulemas.'],
    ['et', 'Tänaseks tellitud koristus jäi ära.'],
    ['et', 'Tänan Teid kirja eest.'],
    ['et', 'Tanan Teid kirja eest.'],
    ['et', 'Tühistame tänase arve.'],
    ['et', 'Kahjuks ei saa me täna tulla.'],
    ['et', 'Uurime asja ja anname peagi teada.'],
    ['et', 'Meil on täna laupäev ja palju rahvast.'],
    ['et', 'Helistan Teile kohe, kui koristus on lõpetatud.'],
    ['en', 'We will look into it as soon as possible.'],
    ['en', "We'll get back to you soon."],
    ['en', 'We could have come right away.'],
    ['en', "I'm sorry the cleaner didn't come today."],
    ['en', "I'm sorry about the cleaning today."],
    ['en', "Today's invoice will be cancelled."],
    ['en', 'Unfortunately we cannot come today.'],
    ['en', 'You had guests coming today and I understand how upsetting that is.'],
    ['en', 'We will contact you shortly.'],
    ['en', 'I now understand what happened.'],
    ['pl', 'Zajmiemy się tym wkrótce.'],
    ['pl', 'Powinniśmy od razu Panią poinformować.'],
    ['pl', 'Sprzątaczka nie przyszła dziś.'],
    ['pl', 'Anulujemy dzisiejszą fakturę.'],
    ['pl', 'Odezwiemy się w najbliższym czasie.'],
    ['pl', 'Gdyby Pani zadzwoniła rano, wtedy od razu wysłalibyśmy kogoś innego.'],
    ['pl', 'Mamy dziś komplet gości.'],
    ['pl', 'Faktura za dzisiaj zostanie anulowana.'],
    ['et', 'Kui soovite, võite meile homme helistada.'],
    ['en', 'You can call us tomorrow after 9 am.'],
    ['pl', 'Może Pani zadzwonić do nas jutro.'],
  ] as const)('is missed without a real, timed commitment in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });

  it.each([
    ['et', 'Meie koristaja täna Teie juurde ei tulnud.'],
    ['et', 'Koristaja ei saanud täna tulla, sest jäi haigeks.'],
    ['en', 'Unfortunately nothing can arrive tomorrow, because the courier does not work on Sundays.'],
    ['en', 'Nobody will be able to come today.'],
    ['en', 'We should have sent someone right away.'],
    ['pl', 'Niestety dziś nikt nie może przyjechać.'],
  ] as const)('is missed when the time stands in a negated or past clause in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });

  it.each([
    ['en', "I'll let you know by 4 pm what happened."],
    ['en', "I'll call you tomorrow to ask how the cleaning went."],
    ['pl', 'Pokój, który pan zarezerwował przez internet, od razu zaznaczę jako niedostępny.'],
    ['pl', 'W rezerwacji, którą pan zrobił, od razu zaznaczę, że potrzebny jest pokój na parterze.'],
    ['et', 'Helistan Teile homme, et küsida, kuidas koristus läks.'],
  ] as const)('judges only the clause of the time word, not a past verb in the next one, in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });

  it.each([
    ['et', 'Helistasin juba tehnikule.'],
    ['et', 'Tühistasime tänase arve.'],
    ['et', 'Tehnik on juba teele asunud.'],
    ['en', 'The engineer has been called and should arrive within two hours.'],
    ['en', "I've rung the lift technician, he'll be here within a couple of hours."],
    ['en', "Today's invoice is cancelled."],
    ['pl', 'Fakturę już skasowałam.'],
    ['pl', 'Faktura jest anulowana.'],
    ['pl', 'Technik został już wezwany.'],
  ] as const)('is met by an action already taken in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });

  it.each([
    ['et', 'Olen Teie kaebuse edastanud vastavale osakonnale.'],
    ['en', 'Your case has been forwarded to the relevant department.'],
    ['en', 'Your feedback has been passed on to the team.'],
    ['pl', 'Pani zgłoszenie zostało przekazane do działu reklamacji.'],
    ['pl', 'Na przyszłość proszę informować nas od razu.'],
    ['en', 'Please let us know today which option you prefer.'],
    ['et', 'Andke meile palun täna teada, milline aeg sobib.'],
  ] as const)('is missed when the case is only handed on or the customer is to act in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });

  it.each([
    ['et', 'Saadan parandatud arve lõunaks.'],
    ['en', "We'll have someone there by noon."],
    ['en', 'A technician will be with you within a few hours.'],
    ['pl', 'Wyślę poprawioną fakturę do południa.'],
    ['pl', 'Naprawimy to w ciągu kwadransa.'],
    ['pl', 'Jedzenie będzie za dwie minuty.'],
  ] as const)('is met by a time of day or a short span in words in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });

  it('points at the time it committed to, as one span', () => {
    const rule = score('et', 'Koristaja tuleb täna kella 15-ks.').rules.find((r) => r.id === 'act-now');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['täna kella 15-ks']);
  });

  it('does not read an amount after "at" or "do" as an hour', () => {
    expect(score('en', 'We can offer the next cleaning at 50% off.')).toHaveVerdict('act-now', 'missed');
    expect(score('pl', 'Oferujemy rabat do 20%.')).toHaveVerdict('act-now', 'missed');
  });

  // "|" binds tighter than "_": "make_sure|check you" reads as "make" then "sure|check", never as "make sure" or
  // "check". A "|" may stand only in the last "_" part of a word group, which is how every pattern here means it.
  it.each(['et', 'en', 'pl'] as const)('has no %s phrase of the commitment and address rules that the syntax would split', (lang) => {
    const rules = ['propose-solution', 'involve-customer', 'act-now', 'follow-up', 'no-overpromise', 'formal-address', 'patience', 'address-person'] as const;
    const sections: object[] = [PACKS[lang].common, ...rules.map((r) => PACKS[lang].rules[r])];
    const split: string[] = [];
    for (const section of sections) {
      for (const value of Object.values(section)) {
        const sets = value instanceof PhraseSet ? [value] : Array.isArray(value) ? value.map((g: { others?: unknown }) => g.others) : [];
        for (const set of sets) {
          if (!(set instanceof PhraseSet)) continue;
          for (const p of set.patterns) {
            for (const group of p.source.trim().split(/\s+/)) if (group.split('_').slice(0, -1).some((part) => part.includes('|'))) split.push(p.source);
          }
        }
      }
    }
    expect(split).toEqual([]);
  });
  it.each([
    ['en', 'Bread and crayons coming right up!'],
  ] as const)('is met by a waiter\'s verbless promise in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });
});

describe('act-now, feedback passed to the mentor', () => {
  it.each([
    ['en', 'We have passed your comments on to her mentor.'],
    ['en', 'I passed your comments to her mentor this morning.'],
    ['et', 'Olen Teie kirja juba praktikandi juhendajale edasi saatnud.'],
    ['et', 'Edastasin Teie tagasiside juba tema mentorile.'],
    ['pl', 'Przekazałam już Pani uwagi opiekunce praktykantki.'],
    ['pl', 'Pani uwagi zostały przekazane opiekunce.'],
  ] as const)('is met by feedback already passed to the mentor in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });

  it.each([
    ['en', 'Your case has been forwarded to the relevant department.'],
    ['et', 'Teie kiri on edastatud juhatajale.'],
    ['pl', 'Sprawa została przekazana do działu reklamacji.'],
  ] as const)('is missed by a case handed on elsewhere in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });
});

describe('act-now, a time word that describes the situation', () => {
  it.each([
    ['et', 'Köögis on TÄNA kaks inimest puudu, me ei saa ka imesid teha.'],
    ['et', 'Köögis on täna kiire.'],
    ['en', "We're two cooks short today."],
    ['pl', 'Czeka Pani pół godziny, bo kuchnia ma dziś urwanie głowy.'],
    ['pl', 'Kuchnia ma dzisiaj bardzo dużo zamówień.'],
    ['et', 'Lift läks katki täna hommikul.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });
});

describe('act-now, now and right now after the remedy', () => {
  it.each([
    ['en', "I'll take that charge off for you right now."],
    ['en', "I'll sort that out today."],
    ['et', 'Vaatan praegu Teie tellimused üle.'],
    ['pl', 'Już teraz przeglądam Pana ostatnie zamówienia.'],
    ['pl', 'Właśnie sprawdzam Pana zamówienia.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });

  it.each([
    ['en', 'I can see that now.'],
    ['en', 'I know that today was difficult.'],
  ] as const)('is missed when "that" opens a clause in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });
});

describe('act-now, after a condition on the past', () => {
  it.each([
    ['pl', 'Gdyby Pani zadzwoniła do nas rano, moglibyśmy od razu wysłać kogoś innego.'],
    ['en', 'If you had called us in the morning, we could send someone right away.'],
    ['et', 'Kui oleksite hommikul helistanud, saaksime kohe kellegi saata.'],
  ] as const)('is missed in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });

  it.each([
    ['pl', 'Gdyby Pani chciała, możemy przyjechać jutro o 10.'],
    ['en', 'If you would like, we can come tomorrow at 10.'],
    ['et', 'Kui soovite, saame tulla homme kell 10.'],
  ] as const)('is met by an offer on a wish in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });
});

describe('act-now, someone else\'s decision and our talk with the mentor', () => {
  it.each([
    ['et', 'Juhataja otsustab homme.'],
    ['en', 'The manager will decide by Friday.'],
    ['pl', 'Kierownik zdecyduje jutro.'],
  ] as const)('is missed by a deadline for another\'s decision in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'missed');
  });

  it.each([
    ['et', 'Räägin täna juhatajaga.'],
    ['en', "I'll talk to the manager today and let you know her decision tomorrow."],
    ['pl', 'Porozmawiam dziś z kierownikiem.'],
    ['et', 'Olen juba praktikandi juhendajaga rääkinud.'],
    ['en', "I've already spoken to her mentor."],
    ['pl', 'Rozmawiałam już z opiekunką praktykantki.'],
  ] as const)('is met by our own step in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });
});

describe('act-now, already on it', () => {
  it.each([
    ['pl', 'Już niosę chleb i kredki dla małego.'],
    ['en', "I'm bringing bread and crayons right now."],
    ['et', 'Toon kohe leiba ja värvipliiatsid.'],
  ] as const)('is met in %s: %s', (lang, text) => {
    expect(score(lang, text)).toHaveVerdict('act-now', 'met');
  });
});
