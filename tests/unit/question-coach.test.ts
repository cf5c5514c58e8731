import { describe, expect, it } from 'vitest';
import { coachQuestion, type QuestionRule } from '@/domain/question-coach';
import { surveyTemplate } from '@/domain/survey-template';
import { templateText } from '@/features/survey-builder/lib/template-text';

// Each question with what a careful researcher would say of it: [question, expected rules].
type Row = [string, QuestionRule[]];

const english: Row[] = [
  // Sound questions: past behaviour, concrete, one thing at a time.
  ['In the last three months, did you look for help with your productivity?', []],
  ['When did you last pay for a course about writing?', []],
  ['Tell us about the last time it happened: what did you do?', []],
  ['Which tool do you use for it today?', []],
  ['How many hours did you spend on it last week?', []],
  ['Where have you already talked about it with other freelancers?', []],
  ['Have you ever paid to join an online community?', []],
  ['Could you describe the last time you asked someone for advice about it?', []],
  ['What did you try before, and what stopped you?', ['double']],
  ['How much did you spend on books about gardening this year?', []],
  ['The last time your sourdough failed, how painful was it?', []],
  ['What was the hardest part of your last launch?', []],
  // Hypothetical: what people say they would do.
  ['Would you join a community for remote designers?', ['hypothetical']],
  ['Would you pay for a weekly coaching session?', ['hypothetical']],
  ['How much would you pay for this course?', ['hypothetical']],
  ['Are you willing to spend an hour a week on it?', ['hypothetical']],
  ['How likely are you to recommend it to a friend?', ['hypothetical']],
  ['If there were a Discord for sourdough bakers, would you use it?', ['hypothetical']],
  ['Imagine a group that meets every Sunday: how often would you come?', ['hypothetical']],
  ['Do you plan to start freelancing next year?', ['hypothetical']],
  ['Will you attend the first meetup?', ['hypothetical']],
  ['Could you see yourself subscribing to a newsletter about this?', ['hypothetical']],
  ['In the future, what kind of help will you need?', ['hypothetical']],
  // Leading: the expected answer is in the question.
  ["Don't you think freelancers need more support?", ['leading']],
  ['Wouldn’t you agree that working alone is hard?', ['leading']],
  ['Surely you have struggled with motivation?', ['leading']],
  ['Isn’t it frustrating to work without feedback?', ['leading']],
  ['You find mornings the hardest time to focus, right?', ['leading']],
  ['Do you agree that online courses are too expensive?', ['leading']],
  // Opinion asked where evidence is wanted.
  ['Do you like the idea of a weekly challenge?', ['opinion']],
  ['What do you think about paid communities?', ['opinion']],
  ['How do you feel about learning with strangers?', ['opinion']],
  ['Is it a good idea to meet every week?', ['opinion']],
  ['What is your opinion on Discord?', ['opinion']],
  ['How interesting would a live session be for you?', ['hypothetical', 'opinion']],
  // Two questions in one.
  ['Do you work alone and do you find it hard?', ['double', 'opinion']],
  ['How often do you bake? What do you bake most?', ['double']],
  ['Did you pay for a course or did you learn for free?', ['double']],
  ['What tools do you use and how much do they cost?', ['double']],
  // Pitch: the product, not their life.
  ['Would you join our new community for freelance designers?', ['pitch', 'hypothetical']],
  ['Our revolutionary method doubles your output: interested?', ['pitch']],
  ['We are launching a course on productivity. How did you hear about us?', ['pitch']],
  ['Have you tried my coaching programme?', ['pitch']],
  ['What would make the best community for you?', ['pitch', 'hypothetical']],
];

const french: Row[] = [
  // Questions solides.
  ['Au cours des trois derniers mois, avez-vous cherché de l’aide pour vous organiser ?', []],
  ['Quand avez-vous payé une formation pour la dernière fois ?', []],
  ['Racontez la dernière fois que c’est arrivé : qu’avez-vous fait ?', []],
  ['Quel outil utilisez-vous aujourd’hui pour cela ?', []],
  ['Combien d’heures y avez-vous passé la semaine dernière ?', []],
  ['Où en avez-vous déjà parlé avec d’autres indépendants ?', []],
  ['Avez-vous déjà payé pour rejoindre une communauté en ligne ?', []],
  ['Pourriez-vous nous raconter la dernière fois que vous avez demandé conseil ?', []],
  ['Combien avez-vous dépensé en livres de jardinage cette année ?', []],
  ['La dernière fois que votre levain a raté, à quel point était-ce pénible ?', []],
  ['Qu’est-ce qui a été le plus difficile lors de votre dernier lancement ?', []],
  ['Avez-vous payé ou avez-vous utilisé des ressources gratuites ?', ['double']],
  // Hypothèses : ce qu’on ferait.
  ['Seriez-vous prêt à payer pour un accompagnement hebdomadaire ?', ['hypothetical']],
  ['Rejoindriez-vous une communauté de designers à distance ?', ['hypothetical']],
  ['Combien paieriez-vous pour cette formation ?', ['hypothetical']],
  ['Utiliseriez-vous une application pour suivre vos séances ?', ['hypothetical']],
  ['Si un Discord pour boulangers amateurs existait, le rejoindriez-vous ?', ['hypothetical']],
  ['Imaginez un groupe qui se réunit le dimanche : viendriez-vous ?', ['hypothetical']],
  ['Comptez-vous vous lancer en freelance l’an prochain ?', ['hypothetical']],
  ['À l’avenir, de quel type d’aide aurez-vous besoin ?', ['hypothetical']],
  ['Est-ce que vous vous inscririez à une newsletter sur ce sujet ?', ['hypothetical']],
  ['Aimeriez-vous participer à un atelier en ligne ?', ['hypothetical']],
  ['Vous abonneriez-vous à un podcast hebdomadaire ?', ['hypothetical']],
  // Questions orientées.
  ['Ne pensez-vous pas que les indépendants manquent de soutien ?', ['leading']],
  ['N’est-il pas frustrant de travailler sans retour ?', ['leading']],
  ['Travailler seul, c’est difficile, n’est-ce pas ?', ['leading']],
  ['Évidemment, la motivation est votre plus gros problème ?', ['leading']],
  ['Vous êtes d’accord que les formations sont trop chères ?', ['leading']],
  // Opinions demandées comme preuves.
  ['Aimez-vous l’idée d’un défi hebdomadaire ?', ['opinion']],
  ['Que pensez-vous des communautés payantes ?', ['opinion']],
  ['Est-ce que vous aimez apprendre avec des inconnus ?', ['opinion']],
  ['Est-ce une bonne idée de se retrouver chaque semaine ?', ['opinion']],
  ['Quel est votre avis sur Discord ?', ['opinion']],
  ['Trouvez-vous les réseaux sociaux utiles pour cela ?', ['opinion']],
  // Deux questions en une.
  ['Travaillez-vous seul et est-ce que c’est difficile ?', ['double']],
  ['À quelle fréquence cuisinez-vous ? Que préparez-vous le plus ?', ['double']],
  ['Quels outils utilisez-vous et combien coûtent-ils ?', ['double']],
  ['Avez-vous suivi une formation ou avez-vous appris seul ?', ['double']],
  // Argumentaire : le produit, pas leur vie.
  ['Rejoindriez-vous notre nouvelle communauté de designers ?', ['pitch', 'hypothetical']],
  ['Notre méthode révolutionnaire double votre productivité : intéressé ?', ['pitch']],
  ['Nous lançons une formation sur la productivité. Comment nous avez-vous connus ?', ['pitch']],
  ['Avez-vous essayé mon programme de coaching ?', ['pitch']],
  ['Que penseriez-vous d’une communauté unique en son genre ?', ['pitch', 'hypothetical', 'opinion']],
];

function rulesOf(question: string, locale: 'fr' | 'en'): QuestionRule[] {
  return coachQuestion(question, { locale }).map((finding) => finding.rule);
}

describe('the question coach', () => {
  it('has at least 40 questions in each language, sound ones included', () => {
    expect(english.length).toBeGreaterThanOrEqual(40);
    expect(french.length).toBeGreaterThanOrEqual(40);
    expect(english.filter(([, rules]) => rules.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(french.filter(([, rules]) => rules.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(english)('en: %s', (question, expected) => {
    expect(rulesOf(question, 'en').sort()).toEqual([...expected].sort());
  });

  it.each(french)('fr: %s', (question, expected) => {
    expect(rulesOf(question, 'fr').sort()).toEqual([...expected].sort());
  });

  it('lets the template’s own questions pass, in both languages', () => {
    // A short subject quoted in the questions, and a niche too long to quote (the general wording).
    const niches = [
      { statement: 'freelance designers who work alone', who: 'freelance designers', what: 'productivity' },
      { statement: 'productivity for introverted freelance designers working remotely' },
    ];
    for (const niche of niches) {
      for (const locale of ['fr', 'en'] as const) {
        for (const question of surveyTemplate(niche, locale, templateText(locale)).questions) {
          expect(coachQuestion(question.prompt, { locale, kind: question.kind }), question.prompt).toEqual([]);
        }
      }
    }
  });

  it('does not ask an email opt-in to be about the past: leaving an address is the commitment', () => {
    expect(coachQuestion('Would you like to hear when the community opens?', { locale: 'en', kind: 'email_optin' })).toEqual([]);
    expect(coachQuestion('Would you like to hear when the community opens?', { locale: 'en', kind: 'single_choice' })).toMatchObject([
      { rule: 'hypothetical' },
    ]);
  });

  it('rewrites a hypothetical question about a common act as a question about the last twelve months', () => {
    expect(coachQuestion('Would you pay for a weekly coaching session?', { locale: 'en' })[0]).toEqual({
      rule: 'hypothetical',
      match: 'Would you',
      rewrite: 'In the last 12 months, have you paid for a weekly coaching session?',
    });
    expect(coachQuestion('Would you be willing to join a group of bakers?', { locale: 'en' })[0]!.rewrite).toBe(
      'In the last 12 months, have you joined a group of bakers?',
    );
    expect(coachQuestion('Seriez-vous prêt à payer pour un accompagnement hebdomadaire ?', { locale: 'fr' })[0]!.rewrite).toBe(
      'Au cours des 12 derniers mois, avez-vous payé pour un accompagnement hebdomadaire ?',
    );
    expect(coachQuestion('Rejoindriez-vous une communauté de designers ?', { locale: 'fr' })[0]!.rewrite).toBe(
      'Au cours des 12 derniers mois, avez-vous rejoint une communauté de designers ?',
    );
    expect(coachQuestion('Vous abonneriez-vous à un podcast hebdomadaire ?', { locale: 'fr' })[0]!.rewrite).toBe(
      'Au cours des 12 derniers mois, vous êtes-vous abonné·e à un podcast hebdomadaire ?',
    );
    // No safe rewrite: the finding stands without one, and the advice says how to ask instead.
    expect(coachQuestion('How likely are you to recommend it to a friend?', { locale: 'en' })[0]!.rewrite).toBeUndefined();
  });

  it('splits a double question into the two it holds', () => {
    expect(coachQuestion('What tools do you use and how much do they cost?', { locale: 'en' })[0]).toMatchObject({
      rule: 'double',
      rewrite: 'What tools do you use? / How much do they cost?',
    });
    expect(coachQuestion('À quelle fréquence cuisinez-vous ? Que préparez-vous le plus ?', { locale: 'fr' })[0]).toMatchObject({
      rule: 'double',
      rewrite: 'À quelle fréquence cuisinez-vous ? / Que préparez-vous le plus ?',
    });
  });

  it('says nothing of an empty question, and reads no further than a question can hold', () => {
    expect(coachQuestion('   ', { locale: 'en' })).toEqual([]);
    const hostile = `Would you ${' '.repeat(100_000)}?`;
    expect(coachQuestion(hostile, { locale: 'fr' })).toEqual([]);
    expect(coachQuestion(`How often do you bake?${'?'.repeat(100_000)}`, { locale: 'en' }).map((f) => f.rule)).toEqual([]);
  });
});
