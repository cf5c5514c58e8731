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

/**
 * SQL that answers every question of the surveys `surveys` (a SQL list of ids) for each of their
 * responses, set-based, as a respondent of the page would.
 */
export const answersSql = (surveys) => `insert into app.response_answers (response_id, survey_id, question_id, choices, scale, text_value, created_at)
     select r.id, r.survey_id, q.id,
            case q.position when 1 then 1 << floor(random() * 3)::int
                            when 2 then 1 + floor(random() * 31)::int
                            when 4 then 1 << floor(random() * 3)::int
                            when 5 then 1 + floor(random() * 15)::int end,
            case q.position when 3 then floor(random() * 11)::int
                            when 6 then 1 + floor(random() * 5)::int end,
            case q.position when 7 then 'tool ' || floor(random() * 50)::int
                            when 8 then 'A longer story about a day that slipped away, number ' || floor(random() * 1000)::int end,
            r.created_at
       from app.responses r
       join app.survey_questions q on q.survey_id = r.survey_id
      where r.survey_id in (${surveys});`;
