import { describe, expect, it } from 'vitest';
import { countWords, words } from '@/domain/word-count';

describe('countWords', () => {
  it.each([
    // The cases the niche step is built on.
    ['productivité pour freelances introvertis', 4],
    ['fitness pour mamans entrepreneures qui ont 20 minutes max', 9],
    ['mamans entrepreneures : fitness en 20 minutes', 6],
    ["l'audience des jeunes parents", 4],
    ['e-commerce pour artisans', 3],
    ['', 0],
    // French
    ['développement personnel', 2],
    ['l’audience des jeunes parents', 4],
    ["aujourd'hui les freelances", 3],
    ['cuisine végétale pour étudiants fauchés', 5],
    ['yoga, pilates et respiration', 4],
    ['crypto pour débutants (vraiment débutants)', 5],
    ['reconversion des femmes cadres — après 40 ans', 7],
    ['peut-être des grands-parents', 3],
    ['photographie argentique à 3,5 € la pellicule', 6],
    ['  espaces   multiples\tet\nretours  ', 4],
    ['mamans/papas solos', 3],
    ['« parents » d’ados', 2],
    ['20 min par jour', 4],
    ['coachs sportifs !!!', 2],
    // English
    ['productivity for introverted freelancers', 4],
    ["parents' evening tips for new teachers", 6],
    ["don't-quit running club", 3],
    ['remote-first engineering managers', 3],
    ['gardening for people with 2 m² balconies', 7],
    ['budgeting... for students?', 3],
    ['indie founders / solo makers', 4],
    ['vegan baking — gluten-free, nut-free', 4],
    // Emoji, symbols and other scripts
    ['🧘‍♀️ yoga pour cavalières 🐴', 3],
    ['🔥🔥🔥', 0],
    ['#yoga #cavaliers', 2],
    ['---', 0],
    ['تصوير الطعام للمبتدئين', 3],
    ['<b>fitness</b> pour mamans', 5],
  ])('%j → %i', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('keeps elisions and hyphens inside one word', () => {
    expect(words("l'e-commerce d'aujourd’hui")).toEqual(["l'e-commerce", "d'aujourd’hui"]);
  });

  it('copes with very long input', () => {
    expect(countWords('mot '.repeat(5_000))).toBe(5_000);
  });
});
