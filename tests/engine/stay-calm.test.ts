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

  it('points at the words that broke it, not whole sentences', () => {
    const rule = judge('en', 'Hello. Please calm down. We will call you. This is NOT acceptable.').rules.find((r) => r.id === 'stay-calm');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['calm down', 'NOT']);
  });

  it.each([
    ['en', 'You should have called us yourself, calm down!!', ['calm down!!']],
    ['et', 'See on KOLME TASUTA KORISTUSE küsimus.', ['KOLME TASUTA KORISTUSE']],
    ['pl', 'Nie ma mowy, proszę się uspokoić!!', ['uspokoić!!']],
  ] as const)('gives the decisive words as evidence in %s: %s', (lang, text, expected) => {
    const rule = judge(lang, text).rules.find((r) => r.id === 'stay-calm');
    expect(rule?.evidence.map((e) => e.text)).toEqual(expected);
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

describe('stay-calm, words that are sincere in context', () => {
  it.each([
    ['et', 'Ilusat nädalavahetust ja palju õnne Teie isale!'],
    ['et', 'Tubli poiss, sa ootasid nii kannatlikult!'],
    ['et', 'Oskar joonistab juba, tubli!'],
    ['en', "Oskar's drawing already, well done!"],
    ['en', 'Well done, little one, you waited so nicely!'],
    ['en', 'Those side steps are no good for you, so I will move you to room 104.'],
    ['en', 'Congratulations on your new home, and sorry about the cleaning.'],
    ['pl', 'Brawo, jaki dzielny chłopiec!'],
    ['pl', 'Gratuluję Pani wnuczki i bardzo przepraszam za kłopot.'],
  ] as const)('is kept by congratulations and praise that say to whom or for what in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it.each([
    ['et', 'Palju õnne!'],
    ['en', 'Well, good for you.'],
    ['en', 'Congratulations.'],
    ['pl', 'Gratuluję.'],
  ] as const)('is violated by congratulations that stand alone in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['et', 'Palun kirjutage oma nimi tähthaaval: K-A-D-R-I, õige?'],
    ['en', 'Let me spell that back to you: K-A-S-K, is that right?'],
    ['pl', 'Czy nazwisko to K-A-S-K?'],
  ] as const)('does not read a name spelled out letter by letter as shouting in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it.each([
    ['pl', 'Proszę się nie spieszyć, spokojnie wszystko ustalimy.'],
    ['pl', 'Spokojnie sprawdzę ten rachunek i oddzwonię.'],
    ['en', 'Listen, I will tell you what we can do: a free re-clean tomorrow.'],
    ['pl', 'Słuchaj, cały obiad macie dziś gratis.'],
  ] as const)('is kept when "calmly" or "listen" tells nobody to calm down in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it.each([
    ['pl', 'Spokojnie! Jedzenie zaraz będzie.'],
    ['pl', 'Spokojnie, proszę pani, zaraz podamy.'],
    ['et', 'No kuulge, kui Te ise ei mäleta, mida tellite, siis mina ei saa aidata.'],
    ['et', 'Kuulge, toit tuleb siis, kui köök jõuab.'],
    ['en', 'Look, I know you have been waiting.'],
    ['pl', 'Proszę posłuchać, kuchnia ma dziś dużo pracy.'],
  ] as const)('is violated by "calm down" alone or an impatient opener in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['et', 'Toit tuleb siis, kui tuleb.'],
    ['et', 'On, mis on.'],
    ['en', 'It will come when it comes.'],
    ['en', 'It is what it is.'],
    ['pl', 'Technik będzie, jak będzie.'],
    ['pl', 'Jedzenie przyjdzie, kiedy przyjdzie.'],
  ] as const)('is violated by a shrug that echoes itself in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['et', 'Mida Te siis ootasite ühe lause peale?'],
    ['en', 'What did you expect from a one-line email?'],
    ['pl', 'A czego Pan się spodziewał, pisząc jedno zdanie?'],
  ] as const)('is violated by a "what did you expect" that mocks a one-line complaint in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });
});

describe('stay-calm, retorts and dismissals', () => {
  it.each([
    ['en', 'Our standard is excellent, thank you very much.'],
    ['en', 'Thanks so much for your lengthy email.'],
    ['en', 'Leave whatever review you like.'],
    ["en", "Three free cleanings? That's not how it works."],
    ['et', 'Kolm tasuta koristust? Unistage edasi.'],
    ['et', 'Meie töö oli korralik, tanan vaga.'],
    ['pl', 'Trzy darmowe sprzątania? Można sobie pomarzyć.'],
    ['pl', 'Nasza usługa jest w porządku, dziękuję bardzo.'],
  ] as const)('is broken by a retort in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['en', 'Thank you very much for writing to us.'],
    ['en', 'Once again, thank you very much.'],
    ['et', 'Tänan väga, et andsite teada.'],
    ['pl', 'Dziękuję bardzo za wiadomość.'],
  ] as const)('is kept by sincere thanks in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });
});

const both = makeScenario({ rules: ['stay-calm', 'no-blame', 'patience'] });

describe('stay-calm, a cold reproach is not hostility', () => {
  it.each([
    ['et', 'Mida Te siis praktikandilt ootasite?'],
    ['en', "I'm not sure what you expected."],
    ['pl', 'Czego Pani oczekiwała od praktykantki?'],
  ] as const)('leaves "what did you expect" to no-blame in %s: %s', (lang, text) => {
    const report = score(lang, text, both);
    expect(report).toHaveVerdict('stay-calm', 'met');
    expect(report).toHaveVerdict('no-blame', 'violated');
  });

  it.each([
    ['et', 'Ühe lause põhjal ei saa kogu ettevõtet hinnata.'],
    ['en', 'A one-line email does not tell us what happened.'],
    ['pl', 'Z jednego zdania trudno wywnioskować, co się stało.'],
  ] as const)('reads a one-line complaint mentioned in a statement as no sarcasm in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });
});

describe('stay-calm, calming someone else', () => {
  it.each([
    ['et', 'Laps rahuneb kohe, kui leib tuleb.'],
    ['en', 'He will calm down once he has some bread.'],
    ['en', 'Could you calm him down?'],
    ['pl', 'Czy mogłaby Pani uspokoić dziecko?'],
    ['pl', 'Maluch na pewno zaraz się uspokoi.'],
  ] as const)('is not telling the customer to calm down in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it.each([
    ['et', 'Palun rahunege, laps rahuneb ka.'],
    ['en', 'Please calm down, he will be fine.'],
    ['pl', 'Niech się Pani uspokoi, dziecko zaraz dostanie jedzenie.'],
  ] as const)('still reads "calm down" said to the customer in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['et', 'Pole hullu, räägi aga rahulikult, pole kiiret.'],
    ['et', 'Rääkige rahulikult, ma kuulan.'],
    ['et', 'Räägime täpselt nii rahulikult, kui Teile mugav on.'],
  ] as const)('is kept by reassurance about the customer’s pace in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });
});

describe('stay-calm, dismissive orders and shrugs', () => {
  it.each([
    ['en', 'Deal with it.'],
    ['en', 'Just deal with it!'],
    ['en', "You'll just have to live with it."],
    ['en', 'Tough.'],
    ['et', 'Leppige sellega.'],
    ['et', 'Te peate sellega lihtsalt leppima.'],
    ['pl', 'Trudno.'],
    ['pl', 'Proszę się z tym pogodzić.'],
    ['pl', 'Musi się Pani z tym pogodzić.'],
  ] as const)('is violated when the customer is told to put up with it in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['en', 'That will help her mentor deal with it properly.'],
    ['en', "We'll deal with it today."],
    ['en', "I know it's tough, and I'm sorry."],
    ['en', 'Too bad the lift broke today – I will move you to room 104.'],
    ['et', 'Me tegeleme sellega kohe.'],
    ['pl', 'Trudno mi sobie wyobrazić, jak się Pani czuła.'],
  ] as const)('is kept when the same words describe our work or sympathy in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it('gives the order itself as evidence', () => {
    const rule = judge('en', 'We are busy. Deal with it.').rules.find((r) => r.id === 'stay-calm');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Deal with it']);
  });
});

describe('stay-calm, sarcastic thanks', () => {
  it.each([
    ['en', 'Thanks for your patience, I guess.'],
    ['en', 'Thank you for such a detailed description.'],
    ['et', 'Aitäh kannatlikkuse eest, vist.'],
    ['et', 'Suur tänu nii põhjaliku kirjelduse eest.'],
    ['pl', 'Dzięki za cierpliwość, chyba.'],
  ] as const)('is violated by thanks turned sarcastic in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['en', 'Thanks for your patience. I guess the kitchen lost the order, so I will check now.'],
    ['et', 'Aitäh, see on vist kõik.'],
    ['et', 'Aitäh, et helistasite, see arve on vist vale.'],
    ['pl', 'Dziękuję, to chyba wszystko.'],
  ] as const)('is kept when the hedge belongs to another statement in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });
});

describe('stay-calm, retorts to the customer’s threat', () => {
  it.each([
    ['en', 'Threatening us with bad reviews will not get you three free cleanings.'],
    ['en', 'We do not respond to blackmail.'],
    ['et', 'Ähvardamisega Te siin midagi ei saavuta.'],
    ['et', 'Me ei allu väljapressimisele.'],
    ['pl', 'Szantażem nic Pani nie osiągnie.'],
    ['pl', 'Groźby nic tu nie zmienią.'],
  ] as const)('is violated by calling it blackmail or saying it will get them nothing in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['en', 'I understand why you mention a bad review, and I am sorry.'],
    ['et', 'Ähvardamine ei ole viis, kuidas asju lahendada.'],
    ['pl', 'Rozumiem, że groźba złej opinii wynika ze złości.'],
  ] as const)('is kept by a calm word about the threat in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });

  it('gives the retort from the threat to the futility as evidence', () => {
    const rule = judge('en', 'Threats won’t help. We will re-clean tomorrow.').rules.find((r) => r.id === 'stay-calm');
    expect(rule?.evidence.map((e) => e.text)).toEqual(['Threats won’t help']);
  });
});

describe('stay-calm, exasperation and contempt without capitals', () => {
  it.each([
    ['en', 'Three free cleanings and a gift??'],
    ['et', 'Kolm tasuta koristust??'],
    ['pl', 'Trzy darmowe sprzątania??'],
    ['en', 'If you have an actual complaint, tell us what happened.'],
    ['et', 'Kui Teil on päris kaebus, kirjutage, mis juhtus.'],
    ['pl', 'Jeśli ma Pan prawdziwą reklamację, proszę napisać, co się stało.'],
    ['et', 'Jah, kujutage ette, see ongi meie tase.'],
    ['en', 'Yes, imagine that, this is our standard.'],
  ] as const)('is violated by a doubled "??", doubting the complaint is real, or sarcasm in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'violated');
  });

  it.each([
    ['en', 'Could you tell us which day it was? And which rooms?'],
    ['en', 'If you have any other questions, please call us.'],
    ['et', 'Kui Teil on veel küsimusi, helistage julgelt.'],
    ['pl', 'Jeśli ma Pan jeszcze jakieś pytania, proszę dzwonić.'],
  ] as const)('is kept by real questions and offers of help in %s: %s', (lang, text) => {
    expect(judge(lang, text)).toHaveVerdict('stay-calm', 'met');
  });
});
