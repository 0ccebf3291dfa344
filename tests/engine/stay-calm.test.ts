import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['stay-calm'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('stay-calm', () => {
  it.each([
    ['et', 'Tere! Vabandame Teie ees. Saadame Teile SMS-i ja arve Särav Kodu OÜ nimel.'],
    ['et', 'Teie kiri on meile oluline, Teid ootab tasuta koristus. Te saate selle ID-kaardiga kinnitada.'],
    ['et', 'Ärge muretsege, me lahendame selle!'],
    ['en', 'We are very sorry! We will call you today.'],
    ['en', 'The refund will reach your account in EUR within 24 hours. OK?'],
    ['en', 'Dear Eva,\nSorry.\nKind regards,\nANNA TAMM'],
    ['pl', 'Przepraszamy! Faktura VAT zostanie anulowana zgodnie z RODO.'],
    ['pl', 'Głupio mi, że tak wyszło.'],
  ] as const)('is kept by a calm reply in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it.each([
    ['et', 'Me EI saa seda teha.'],
    ['et', 'Lugege FAKTE.'],
    ['et', 'Vabandame!!'],
    ['et', 'Kas tõesti?!!'],
    ['et', 'Palun rahunege.'],
    ['et', 'Palun jääge rahulikuks, me lahendame selle.'],
    ['et', 'Pole vaja ärrituda.'],
    ['et', 'Teie kaebus on naeruväärne.'],
    ['et', 'Teie nn oluline sündmus ei ole meie probleem.'],
    ['et', 'Kui Teile ei meeldi, minge mujale.'],
    ['et', 'Aitäh väga põhjaliku kirja eest.'],
    ['et', 'palun rahunege'],
    ['en', 'We DO NOT accept this.'],
    ['en', 'Please calm down.'],
    ['en', 'There is no need to get upset.'],
    ['en', 'Thanks a lot for the detailed feedback.'],
    ['en', 'That is a ridiculous complaint.'],
    ['en', 'Your so-called important event is not our problem.'],
    ['en', "If you don't like it, go elsewhere."],
    ['pl', 'Proszę się uspokoić.'],
    ['pl', 'Niech się Pani nie denerwuje.'],
    ['pl', 'To NIE jest nasza wina.'],
    ['pl', 'To nie nasz problem.'],
    ['pl', 'Pani tak zwane ważne wydarzenie nas nie obchodzi.'],
    ['pl', 'Dziękuję bardzo za szczegółową opinię!!'],
  ] as const)('is violated by shouting, insults, sarcasm, hostility or "calm down" in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it('points at each sentence that broke it', () => {
    const rule = judge('en', 'Hello. Please calm down. We will call you. This is NOT acceptable.').rules.find((r) => r.id === 'stay-calm');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Please calm down.', 'This is NOT acceptable.']);
  });
});

describe('stay-calm, tone without capitals', () => {
  it.each([
    ['et', 'Aitäh ähvarduse eest, see teeb koostöö alati meeldivamaks.'],
    ['et', 'Kuidas me peaksime teadma, millest jutt käib?'],
    ['en', 'What exactly do you expect us to do with a one-line email?'],
    ['en', 'Thanks for reminding me what our website says.'],
    ['pl', 'Nie wiem, o co Pani chodzi.'],
  ] as const)('is violated by sarcasm or contempt in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['et', 'Võtke rahulikult aega, ma kuulan Teid.'],
    ['et', 'Votke rahulikult aega, ma kuulan Teid.'],
    ['en', "Please don't worry about speaking slowly – take all the time you need."],
    ['et', 'Ähvardamine ei ole viis, kuidas asju lahendada.'],
  ] as const)('is kept by reassurance or a calm reproach in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });
});
