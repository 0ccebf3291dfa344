import { describe, expect, it } from 'vitest';
import { score } from '../helpers/score';
import { makeScenario } from '../helpers/scenario-builder';

const scenario = makeScenario({ rules: ['no-blame', 'apologise'] });
const judge = (lang: 'et' | 'en' | 'pl', text: string) => score(lang, text, scenario);

describe('no-blame', () => {
  it.each([
    ['et', 'Vabandame, et koristaja käitus ebaviisakalt.'],
    ['et', 'See ei ole kindlasti Teie süü.'],
    ['et', 'Teid oleks pidanud teavitama, et koristaja ei tule.'],
    ['et', 'Te oleksite pidanud meilt teate saama.'],
    ['et', 'Kuigi Teid teavitati, et tuleb praktikant, ei õigusta see sellist käitumist.'],
    ['et', 'Kas Te tellisite akende pesu ise?'],
    ['et', 'Vabandame, kui Teile tundus, et koristaja oli ebaviisakas.'],
    ['en', 'We are sorry our cleaner was rude.'],
    ["en", "It is not your fault at all."],
    ['en', 'You should have been informed that the cleaner was ill.'],
    ['en', 'You could have a free re-clean tomorrow.'],
    ['en', 'Being a trainee is no excuse; you were told a new employee was coming, but that does not justify rudeness.'],
    ['en', 'Sorry if you felt offended.'],
    ['pl', 'Przepraszamy za zachowanie sprzątaczki.'],
    ['pl', 'To absolutnie nie jest Pani wina.'],
    ['pl', 'Powinna Pani była otrzymać od nas wiadomość.'],
    ['pl', 'Nie została Pani poinformowana, za co przepraszamy.'],
  ] as const)('is kept when nothing blames the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });

  it.each([
    ['et', 'Te oleksite pidanud meile kohe helistama.'],
    ['et', 'See on Teie enda süü.'],
    ['et', 'See ei vasta tõele.'],
    ['et', 'Teid teavitati ette, et tuleb praktikant.'],
    ['et', 'Te ise tellisite selle teenuse.'],
    ['et', 'Miks Te kohe ei helistanud?'],
    ['et', 'Kui Te oleksite varem teada andnud, oleksime saanud midagi teha.'],
    ['et', 'Te peate aru saama, et praktikant alles õpib.'],
    ['et', 'See pole meie süü.'],
    ['et', 'te oleksite pidanud meile helistama'],
    ['en', 'You should have called us straight away.'],
    ['en', 'That is your own fault.'],
    ['en', 'That is not true.'],
    ['en', 'You were told a trainee was coming.'],
    ['en', 'Why didn’t you call us?'],
    ['en', 'If you had told us earlier, we could have helped.'],
    ['en', 'It is not our fault that the cleaner was ill.'],
    ['en', 'You are exaggerating.'],
    ['pl', 'Powinna Pani była zadzwonić od razu.'],
    ['pl', 'To Pani wina.'],
    ['pl', 'To nieprawda.'],
    ['pl', 'Została Pani poinformowana o praktykancie.'],
    ['pl', 'Sama Pani zamówiła tę usługę.'],
    ['pl', 'Dlaczego Pani nie zadzwoniła od razu?'],
    ['pl', 'To nie nasza wina.'],
    ['pl', 'Pani przesadza.'],
  ] as const)('is violated by blame, reproach or contradiction in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it('leaves a conditional apology to apologise', () => {
    const report = judge('en', 'We apologise if you felt that the cleaner was rude.');
    expect(report).toHaveVerdict('no-blame', 'met');
    expect(report).toHaveVerdict('apologise', 'violated');
  });

  it('points at the blaming sentence', () => {
    const rule = judge('en', 'Hello. You should have read the terms. We will call you.').rules.find((r) => r.id === 'no-blame');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['You should have read the terms.']);
  });
});

describe('no-blame, arguing in other words', () => {
  it.each([
    ['et', 'Kas koristaja tõesti ei tulnud?'],
    ['et', 'Meie kliendid on väga rahul, nii et sellega me nõus ei ole.'],
    ['et', 'Sellise kirja eest me küll tänama ei hakka.'],
    ['et', 'Koristaja sõnul oli korter enne koristust väga räämas.'],
    ['et', 'Teie laps segab teisi külalisi.'],
    ['et', 'Kõik ootavad, mitte ainult Teie.'],
    ['et', 'Akende pesu on süsteemis, järelikult keegi selle tellis. Arve jääb nii.'],
    ['en', 'Are you sure the cleaner did not come?'],
    ['en', 'Our customers are very satisfied, so we do not accept that statement.'],
    ['en', "Sorry, but you can't expect three free cleanings."],
    ['en', 'Your child is disturbing the other guests.'],
    ['en', 'Your flat was in a terrible state before she even started.'],
    ['en', 'You must have forgotten. The charge stands.'],
    ['pl', 'Czy sprzątaczka naprawdę nie przyszła?'],
    ['pl', 'Mogła Pani do nas zadzwonić rano.'],
    ['pl', 'Dziecko przeszkadza innym gościom.'],
    ['pl', 'Zamówiła Pani mycie okien, więc faktura jest prawidłowa.'],
    ['pl', 'Za takie szantaże nie będziemy dziękować.'],
  ] as const)('is violated by doubting, arguing or a reproach in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Nikt ei teavitanud Teid, see on meie viga.'],
    ['et', 'Mõistan, kui pettunud Te olete, valisite ju meid just selle pärast.'],
    ['en', "I'm sorry, you were promised an accessible hotel and that's what you should have."],
    ['en', 'As I already said, the window washing was added by phone.'],
    ['pl', 'Zachorowała rano, a nikt Pani o tym nie poinformował – to nasz błąd.'],
    ['pl', 'Na razie nie mamy za co przepraszać, bo nie wiemy, o co chodzi.'],
  ] as const)('is kept by owning the fault, agreeing or only repeating oneself in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('no-blame', 'met');
  });
});
