import type { KnowledgeContent } from '@frontdesk/contract';

/** The demo bot's knowledge sources, by fixed id (seeding again re-queues them; unchanged passages are kept). */
export function demoKnowledge(demoSiteUrl: string): Record<string, KnowledgeContent> {
  const faq = (question: string, answer: string): KnowledgeContent => ({ kind: 'faq', question, answer });
  return {
    'faq-parking': faq(
      'Is there parking?',
      'Yes. Free parking spaces for patients are in the courtyard behind the building; the entrance is on Kurstraße.',
    ),
    'faq-opening-hours': faq(
      'What are your opening hours?',
      'Monday to Friday 8:00–18:00, Saturday 10:00–14:00. Closed on Sundays and public holidays.',
    ),
    'faq-emergency': faq(
      'What do I do in a dental emergency?',
      'Call us at +49 30 1234567 during opening hours; we keep slots free for emergencies. At night and on weekends call the Berlin dental emergency service at +49 30 8900433.',
    ),
    'faq-cancel': faq(
      'How do I cancel or move an appointment?',
      'Use the cancel link in your confirmation email, or call us. Please cancel at least 24 hours ahead; missed appointments may be charged.',
    ),
    'faq-insurance': faq(
      'Do you accept my health insurance?',
      'We treat patients of all statutory health insurers (gesetzliche Krankenkassen) and private patients.',
    ),
    'doc-first-visit': {
      kind: 'document',
      title: 'Your first visit',
      text: '# Your first visit\nPlease bring your insurance card, a photo ID and a list of medicines you take.\n\n## Forms\nFill in the medical history form in the waiting room; it takes about ten minutes. Please arrive 15 minutes early.',
    },
    'web-site': { kind: 'web', url: new URL('/practice', demoSiteUrl).href, crawl: 'links', maxPages: 10 },
  };
}
