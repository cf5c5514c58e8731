// The 8-question survey the benchmarks answer (bench-survey.mjs on PostgreSQL 15,
// bench-local-export.mjs on PGlite): every kind, two of them with a threshold-worthy choice.
const choice = (...keys) => keys.map((key) => ({ key, label: key.toUpperCase() }));

export const questions = [
  { kind: 'single_choice', prompt: 'Paid for a tool in the last 3 months?', required: true, options: choice('often', 'once', 'never') },
  { kind: 'multiple_choice', prompt: 'What have you tried?', options: choice('a', 'b', 'c', 'd', 'e') },
  { kind: 'scale', prompt: 'How much does it weigh on you?', min: 0, max: 10 },
  { kind: 'single_choice', prompt: 'Would you join?', required: true, options: choice('yes', 'maybe', 'no') },
  { kind: 'multiple_choice', prompt: 'Which formats?', options: choice('live', 'chat', 'mail', 'call') },
  { kind: 'scale', prompt: 'How urgent?', min: 1, max: 5 },
  { kind: 'short_text', prompt: 'Favourite tool?' },
  { kind: 'long_text', prompt: 'Tell us about a lost day.' },
];
