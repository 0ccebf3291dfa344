import type { AddressPersonPack } from '../../rules/address-person';
import { phrases } from '../../text/pattern';

// Polish pronouns stand for things as often as for people, and agree with them in gender: "pokój… przygotujemy go",
// "winda… naprawimy ją", but never "winda… czy on potrzebuje".
export const addressPerson: AddressPersonPack = {
  pronounGroups: [
    {
      pronouns: new Set(['on', 'jego', 'jemu', 'niego', 'niemu', 'nim', 'go', 'mu']),
      others: phrases(
        'technik*', 'serwisant*', 'konserwator*', 'fachowiec', 'fachowca', 'fachowcem', 'mechanik*', 'kolega', 'kolegi', 'koledze', 'kolegą',
        'kierownik*', 'pracownik*', 'portier*', 'recepcjonista', 'recepcjonisty', 'boy', 'syn', 'syna', 'specjalist*', 'elektryk*',
        'monter*', 'kelner', 'kelnera', 'kucharz*', 'szef*',
        'lift', 'lifta', 'liftu', 'liftem', 'dźwig*', 'pokój', 'pokoju', 'pokojem', 'wejście', 'wejścia', 'podjazd*', 'hotel*', 'bagaż*',
        'wózek', 'wózka', 'wózkiem', 'samochód', 'samochodu', 'parking*', 'minibar*', 'rachunek', 'rachunku', 'klucz*', 'problem*',
      ),
    },
    {
      pronouns: new Set(['ona', 'jej', 'nia', 'niej']),
      rawPronouns: new Set(['ją']),
      others: phrases(
        'wind*', 'recepcjonistk*', 'towarzyszk*', 'przyjaciółk*', 'żon*', 'córk*', 'siostr*', 'partnerk*', 'karta', 'kartę', 'karty',
        'rampa', 'rampę', 'rampy', 'łazienk*', 'faktur*', 'usterk*', 'awari*', 'sprzątaczk*', 'kelnerk*',
      ),
    },
  ],
  customerReferents: phrases('gość', 'gościa', 'gościowi', 'gościem', 'klient', 'klienta', 'klientowi', 'klientem', 'ten_pan', 'tego_pana', 'temu_panu'),
  throughCompanion: phrases('pani przyjaciel|przyjaciela|przyjacielowi|przyjacielem|kolega|kolegi|koledze|kolegą|partner|partnera|partnerowi|mąż|męża|mężowi|towarzysz|towarzysza|chłopak|chłopaka'),
  othering: phrases('inwalid*', 'kalek*', 'kaleka', 'przykut* do_wózka', 'upośledzon*', 'biedaczek', 'biedak', 'biedny pan|człowiek', 'ułomn*'),
};
