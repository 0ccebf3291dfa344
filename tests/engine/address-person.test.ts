import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const hotel = makeScenario({
  rules: ['address-person'],
  profile: ['disability'],
  ruleData: {
    et: { thirdPerson: ['kas_mart', 'mart_soovib|saab|vajab'] },
    en: { thirdPerson: ['does|will|can_mr_saar', 'the|this_gentleman'] },
    pl: { thirdPerson: ['pan_mart_chce|potrzebuje'] },
  },
});

describe('address-person', () => {
  it.each([
    ['et', 'Kas ta soovib tuba esimesel korrusel?'],
    ['et', 'Me saame ta viia esimese korruse tuppa. Kas ta vajab veel midagi?'],
    ['et', 'Lift on tõesti rikkis. Me saame ta viia tuppa 104.'],
    ['et', 'Kas Mart soovib süüa?'],
    ['et', 'Meil on invaliidide tuba vaba.'],
    ['et', 'Teie sõbrale leiame ka lahenduse.'],
    ['en', 'Does he need help getting to the room?'],
    ['en', 'I understand he is wheelchair-bound.'],
    ['en', 'Mr Saar, we have a room for handicapped guests.'],
    ['en', 'Can Mr Saar manage the stairs?'],
    ['en', "We'll see what we can do for your friend."],
    ['pl', 'Czy on potrzebuje pomocy?'],
    ['pl', 'Przepraszam za windę. Czy on potrzebuje pomocy przy wejściu?'],
    ['pl', 'Mamy wolny pokój dla inwalidów.'],
    ['pl', 'Winda stoi, wiem. Jego przeniesiemy na parter.'],
  ] as const)('is violated by talk about the customer or othering words in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('address-person', 'violated');
  });

  it.each([
    ['et', 'Härra Saar, pakume Teile ratastooliga ligipääsetavat tuba 104.'],
    ['et', 'Tehnik tuleb kahe tunni jooksul, ta parandab lifti.'],
    ['et', 'Helistan tehnikule. Ta jõuab kahe tunni jooksul.'],
    ['et', 'Mart, kas soovite tuba esimesel korrusel?'],
    ['en', 'Mr Saar, I am so sorry. We can move you to room 104.'],
    ['en', 'We have a wheelchair-accessible room on the ground floor for you.'],
    ['en', 'The technician will come within two hours; he will fix the lift.'],
    ['en', 'I have called our porter, he will help you with the bags.'],
    ['pl', 'Panie Marcie, przeniesiemy Pana do pokoju 104.'],
    ['pl', 'Mamy pokój dostosowany do wózka na parterze.'],
    ['pl', 'Winda jest zepsuta, technik naprawi ją w ciągu dwóch godzin.'],
    ['pl', 'Pokój 104 jest na parterze, przygotujemy go od razu.'],
  ] as const)('is kept when speaking to the customer, or of someone else, in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('address-person', 'met');
  });

  it.each([
    ['et', 'Helistasin liftimehele, ta on kahe tunni pärast kohal.'],
    ['en', "I've rung the lift guy, he'll be here within a couple of hours."],
    ['en', 'Your partner can of course stay with you; she is welcome too.'],
    ['pl', 'Zadzwoniłam do elektryka, on będzie za godzinę.'],
  ] as const)('reads a pronoun after other staff or the companion as theirs in %s: %s', (lang, text) => {
    expect(score(lang, text, hotel)).toHaveVerdict('address-person', 'met');
  });

  describe('with the companion named in the scenario', () => {
    const withLiis = { ...hotel, customer: { name: 'Mart Saar', profile: ['disability' as const], companion: { name: 'Liis', role: { et: 'elukaaslane', en: 'partner', pl: 'partnerka' } } } };

    it('reads the genderless Estonian "ta" after the named companion as her', () => {
      expect(score('et', 'Liis võib muidugi Teiega koos olla, ta on oodatud.', withLiis)).toHaveVerdict('address-person', 'met');
    });

    it.each([
      ['et', 'Liis, kas ta soovib tuba esimesel korrusel?'],
      ['et', 'Aitäh, Liis. Kas ta vajab abi?'],
      ['en', 'Liis, does he need help getting to the room?'],
    ] as const)('still sees talk about the customer to the companion addressed by name in %s: %s', (lang, text) => {
      expect(score(lang, text, withLiis)).toHaveVerdict('address-person', 'violated');
    });
  });
});
