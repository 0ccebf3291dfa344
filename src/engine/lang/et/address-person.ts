import type { AddressPersonPack } from '../../rules/address-person';
import { phrases } from '../../text/pattern';

// Estonian "ta" has no gender and in careful speech means a person ("see" stands for things), so one group of people.
export const addressPerson: AddressPersonPack = {
  pronounGroups: [
    {
      genderless: true,
      pronouns: new Set(['ta', 'tema', 'talle', 'teda', 'tal', 'temal', 'temale', 'temast', 'temaga', 'temalt', 'temasse', 'temani', 'tedagi', 'temagi']),
      others: phrases(
        'tehnik*', 'liftitehnik*', 'remondimee*', 'mehaanik*', 'meister', 'meistri*', 'kolleeg*', 'töötaja*', 'juhataja*', 'administraator*',
        'portjee*', 'teenindaja*', 'sõbranna*', 'elukaasla*', 'naine', 'naise*', 'tütar', 'tütre*', 'koristaja*', 'kokk', 'koka*', 'ettekandja*', 'spetsialist*', 'hooldaja*', 'hooldusmee*', 'hooldusmeh*', 'elektrik*', 'liftimee*', 'liftimeh*', 'remondimeh*', 'juht', 'juhi', 'kelner*',
      ),
    },
  ],
  customerReferents: phrases('klient', 'kliendi*', 'külaline', 'külalise*', 'härra', 'härrale', 'härrat', 'noormees*', 'see_mees', 'ratastoolikasutaja*'),
  throughCompanion: phrases('teie|Teie sõber|sõbra|sõbrale|sõpra|sõbraga|sõbral|mees|mehe|mehele|meest|peigmees'),
  othering: phrases(
    'invaliid*', 'sant', 'sandi*', 'ratastooli aheldatud|seotud|köidetud', 'ratastoolis|ratastooliga mees|härra|klient|külaline|inimene',
    'vigane|vigase|vigast inimene|inimese|mees|mehe|klient|kliendi|külaline', 'vaeseke*', 'vaene mees|inimene',
  ),
};
