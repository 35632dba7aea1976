/**
 * Questions a visitor of the demo practice might ask, each with the demo knowledge sources (dev/src/seed/
 * demoKnowledge.ts; a page of the web source by its path) that answer it. `null`: nothing answers it, so retrieval
 * should find nothing within KNOWLEDGE_MAX_DISTANCE. Used by `npm run eval:knowledge` (recall@3).
 */
export const labelledQuestions: { question: string; expected: string[] | null }[] = [
  { question: 'Is there parking near the practice?', expected: ['faq-parking'] },
  { question: 'Where can I park my car?', expected: ['faq-parking'] },
  { question: 'When are you open on Saturday?', expected: ['faq-opening-hours'] },
  { question: 'What are your opening hours?', expected: ['faq-opening-hours'] },
  { question: 'I have terrible tooth pain at night, what should I do?', expected: ['faq-emergency'] },
  { question: 'Who do I call in an emergency on the weekend?', expected: ['faq-emergency'] },
  { question: 'How can I cancel my appointment?', expected: ['faq-cancel'] },
  { question: 'Can I move my appointment to another day?', expected: ['faq-cancel'] },
  { question: 'Do you accept statutory health insurance?', expected: ['faq-insurance', '/prices'] },
  { question: 'What should I bring to my first visit?', expected: ['doc-first-visit'] },
  { question: 'How early should I arrive for the first appointment?', expected: ['doc-first-visit'] },
  { question: 'How much does a professional teeth cleaning cost?', expected: ['/prices'] },
  { question: 'What does whitening cost?', expected: ['/prices'] },
  { question: 'Can I pay in instalments?', expected: ['/prices'] },
  { question: 'Which languages do you speak?', expected: ['/practice'] },
  { question: 'Which underground station is nearest?', expected: ['/practice'] },
  { question: 'Who is the dentist for children?', expected: ['/practice', '/treatments'] },
  { question: 'Do you place dental implants?', expected: ['/treatments'] },
  { question: 'I am afraid of the dentist. Do you offer sedation?', expected: ['/treatments'] },
  { question: 'From what age can children come?', expected: ['/treatments'] },
  { question: 'Do you repair bicycles?', expected: null },
  { question: 'What is the weather tomorrow?', expected: null },
];
