// Word lists behind the niche lint, in French and English. Data, not rules: extend freely.
// Matching ignores case and accents (see normalize in niche-lint.ts).

/** Categories too broad to be a niche on their own (the article's "développement personnel"). */
export const broadCategories: readonly string[] = [
  // fr
  'fitness', 'sport', 'marketing', 'developpement personnel', 'crypto', 'cryptomonnaie', 'cryptomonnaies',
  'business', 'entrepreneuriat', 'cuisine', 'voyage', 'voyages', 'mode', 'beaute', 'bien-etre', 'sante',
  'finance', 'finances personnelles', 'investissement', 'productivite', 'photographie', 'musique',
  'jeux video', 'tech', 'technologie', 'education', 'parentalite', 'coaching', 'yoga', 'nutrition',
  'lifestyle', 'immobilier', 'art', 'design', 'ecriture', 'spiritualite', 'mindset', 'motivation',
  'developpement web', 'ia', 'intelligence artificielle', 'reseaux sociaux', 'jardinage', 'lecture',
  // en
  'personal development', 'self improvement', 'self-improvement', 'cryptocurrency', 'entrepreneurship',
  'cooking', 'food', 'travel', 'fashion', 'beauty', 'wellness', 'health', 'personal finance', 'investing',
  'productivity', 'photography', 'music', 'gaming', 'technology', 'parenting', 'real estate',
  'writing', 'spirituality', 'web development', 'ai', 'artificial intelligence', 'social media',
  'gardening', 'reading', 'sports',
];

/** Words that can usually go without losing who or what: offered as cuts when a statement runs long. */
export const fillerWords: readonly string[] = [
  // fr
  'qui', 'que', 'dont', 'ont', 'a', 'sont', 'est', 'max', 'maximum', 'vraiment', 'tres', 'tous', 'toutes',
  'les', 'des', 'de', 'du', 'la', 'le', 'un', 'une', 'et', 'ou', 'avec', 'dans', 'sur', 'leur', 'leurs',
  'plus', 'aussi', 'meme', 'juste', 'seulement', 'souhaitent', 'veulent', 'aiment',
  // en
  'who', 'that', 'which', 'have', 'has', 'are', 'is', 'really', 'very', 'all', 'the', 'an', 'and', 'or',
  'with', 'on', 'their', 'more', 'also', 'just', 'only', 'want', 'wants', 'love', 'like',
];

/** Words that name people: their presence means an audience is named. */
export const audienceWords: readonly string[] = [
  // fr
  'mamans', 'mamas', 'papas', 'parents', 'femmes', 'hommes', 'freelances', 'freelancers', 'independants',
  'independantes', 'entrepreneurs', 'entrepreneures', 'etudiants', 'etudiantes', 'retraites', 'retraitees',
  'cadres', 'managers', 'coachs', 'developpeurs', 'developpeuses', 'debutants', 'debutantes', 'ados',
  'adolescents', 'seniors', 'salaries', 'salariees', 'artisans', 'enseignants', 'profs', 'infirmieres',
  'infirmiers', 'soignants', 'createurs', 'creatrices', 'jeunes', 'couples',
  'cavaliers', 'cavalieres', 'sportifs', 'sportives', 'coureurs', 'musiciens', 'photographes', 'designers',
  'consultants', 'auteurs', 'autrices', 'expatries', 'nomades', 'benevoles', 'agriculteurs', 'proprietaires',
  'introvertis', 'introverties', 'solos', 'grands-parents', 'aidants', 'dirigeants', 'dirigeantes',
  // en
  'moms', 'mums', 'mothers', 'dads', 'fathers', 'women', 'men', 'founders', 'students', 'retirees',
  'coaches', 'developers', 'beginners', 'teens', 'teenagers', 'employees', 'teachers', 'nurses', 'creators',
  'makers', 'riders', 'runners', 'musicians', 'photographers', 'writers', 'expats', 'nomads', 'volunteers',
  'farmers', 'owners', 'introverts', 'grandparents', 'caregivers', 'leaders', 'engineers', 'designers',
];

/** Prepositions that introduce the audience ("… pour freelances", "… for freelancers"). */
export const audienceMarkers: readonly string[] = ['pour', 'chez', 'entre', 'for', 'among', 'between'];

/** Audiences that are everyone, hence no one. */
export const everyoneWords: readonly string[] = [
  'tout le monde', 'les gens', 'n importe qui', 'grand public', 'everyone', 'everybody', 'anyone', 'anybody', 'general public',
];
