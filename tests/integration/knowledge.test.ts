import { type KnowledgeSource, type MessageMeta, paths, type SendMessageResponse } from '@frontdesk/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite } from '../../dev/src/demoSite/startDemoSite.ts';
import { callFunction } from '../support/callFunction.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messageMetaOf } from '../support/messageMetaOf.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';

/**
 * Knowledge end to end through the emulated functions: sources saved by callables, indexed by the trigger (pages
 * fetched from a local site, embedded by the fake model server's offline embedding), retrieved per turn, cited.
 */
let site: Awaited<ReturnType<typeof startDemoSite>>;
let tenant: ConsoleTenant;
let other: ConsoleTenant;
const ids: Record<string, string> = {};

const sourceOf = async (botId: string, sourceId: string) =>
  (await db.doc(`${paths.knowledgeSources(botId)}/${sourceId}`).get()).data() as KnowledgeSource | undefined;
const settled = async (botId: string, sourceId: string) => {
  await expect
    .poll(async () => (await sourceOf(botId, sourceId))?.status, { timeout: 90_000, interval: 250 })
    .toMatch(/^(ready|error)$/);
  return (await sourceOf(botId, sourceId)) as KnowledgeSource;
};
const save = (who: ConsoleTenant, data: Record<string, unknown>, token = who.owner.idToken) =>
  callFunction<{ sourceId: string }>('saveKnowledgeSource', { botId: who.botId, ...data }, token);
const passageIds = async (botId: string) =>
  (await db.collection(paths.knowledgePassages(botId)).get()).docs.map((doc) => doc.id).sort();

beforeAll(async () => {
  site = await startDemoSite({
    host: '127.0.0.1',
    port: 0,
    widgetUrl: 'http://127.0.0.1:1/frontdesk.js',
    botId: 'none',
    extraPages: {
      '/huge': { body: `<html><body><p>${'word '.repeat(500_000)}</p></body></html>` },
      '/photo.png': { body: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', contentType: 'image/png' },
    },
  });
  [tenant, other] = await Promise.all([
    seedConsoleTenant({
      otherRoles: ['agent'],
      bot: { name: 'Desk', timezone: 'Europe/Berlin', takesAppointments: false },
    }),
    seedConsoleTenant({ bot: { name: 'Other desk', timezone: 'Europe/Berlin', takesAppointments: false } }),
  ]);
  await fakeModel.reset();
  const sources = {
    parking: {
      kind: 'faq',
      question: 'Is there parking?',
      answer: 'Free parking spaces are in the courtyard behind the building.',
    },
    hours: { kind: 'faq', question: 'What are your opening hours?', answer: 'Monday to Friday 8:00–18:00.' },
    firstVisit: {
      kind: 'document',
      title: 'Your first visit',
      text: '# Your first visit\nBring your insurance card and a photo ID.',
    },
    site: { kind: 'web', url: new URL('/practice', site.url).href, crawl: 'links', maxPages: 5 },
  };
  for (const [name, content] of Object.entries(sources)) {
    const saved = await save(tenant, { content });
    expect(saved.error, name).toBeUndefined();
    ids[name] = saved.result?.sourceId as string;
  }
  // Another tenant's bot knows about parking too, in words nearer the question: it must never be retrieved.
  const foreign = await save(other, {
    content: {
      kind: 'faq',
      question: 'Is there parking for patients?',
      answer: 'Parking costs 5 EUR at the other bot.',
    },
  });
  ids.foreign = foreign.result?.sourceId as string;
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe('knowledge sources', () => {
  it('index FAQ entries, documents and a crawled site into passages, with the pages read', async () => {
    await Promise.all([
      ...['parking', 'hours', 'firstVisit', 'site'].map((name) => settled(tenant.botId, ids[name] as string)),
      settled(other.botId, ids.foreign as string),
    ]);
    const [parking, firstVisit, web] = await Promise.all(
      ['parking', 'firstVisit', 'site'].map((name) => sourceOf(tenant.botId, ids[name] as string)),
    );
    expect(parking).toMatchObject({ status: 'ready', passageCount: 1, error: null });
    expect(firstVisit).toMatchObject({ status: 'ready', passageCount: 1 });
    expect(web?.status).toBe('ready');
    expect(web?.title).toBe('The practice — Demo Dental');
    expect(web?.pages?.map((page) => new URL(page.url).pathname).sort()).toEqual([
      '/practice',
      '/prices',
      '/treatments',
    ]);
    expect(web?.passageCount).toBeGreaterThan(6);
    const usage = await db.collection(paths.usageDays(tenant.tenantId)).get();
    const embedded = usage.docs.reduce((sum, doc) => sum + Number(doc.data().embeddingTokens ?? 0), 0);
    expect(embedded).toBeGreaterThan(0);
  }, 120_000);

  it('are managed by owners and admins only', async () => {
    const agent = tenant.members.agent?.idToken;
    const refused = await save(tenant, { content: { kind: 'faq', question: 'Q?', answer: 'A.' } }, agent);
    expect(refused.error?.details).toMatchObject({ reason: 'role_forbidden' });
    const foreign = await callFunction(
      'deleteKnowledgeSource',
      { botId: other.botId, sourceId: ids.foreign },
      tenant.owner.idToken,
    );
    expect(foreign.error?.details).toMatchObject({ reason: 'not_a_member' });
  }, 120_000);

  it('index the same content again without embedding anything', async () => {
    const before = await passageIds(tenant.botId);
    const { inputs } = await fakeModel.embeddings();
    expect(
      (await callFunction('reindexKnowledgeSource', { botId: tenant.botId, sourceId: ids.site }, tenant.owner.idToken))
        .error,
    ).toBeUndefined();
    await expect
      .poll(async () => (await sourceOf(tenant.botId, ids.site as string))?.status, { timeout: 90_000 })
      .toBe('ready');
    expect((await fakeModel.embeddings()).inputs).toBe(inputs);
    expect(await passageIds(tenant.botId)).toEqual(before);
  }, 120_000);

  it('end bad input as a typed error on that source and change nothing else', async () => {
    const before = await passageIds(tenant.botId);
    const bad = {
      unreachable: 'http://127.0.0.1:1/closed',
      huge: new URL('/huge', site.url).href,
      binary: new URL('/photo.png', site.url).href,
      private: 'http://10.0.0.1/admin',
      metadata: 'http://169.254.169.254/latest/meta-data/',
      missing: new URL('/no-such-page', site.url).href,
    };
    const saved = [];
    for (const [name, url] of Object.entries(bad)) {
      const answer = await save(tenant, { content: { kind: 'web', url, crawl: 'none', maxPages: 1 } });
      expect(answer.error, name).toBeUndefined();
      saved.push(answer);
    }
    const outcomes = await Promise.all(saved.map((answer) => settled(tenant.botId, answer.result?.sourceId as string)));
    expect(outcomes.map((source) => [source.status, source.error?.code])).toEqual([
      ['error', 'unreachable'],
      ['error', 'too_large'],
      ['error', 'unsupported_content'],
      ['error', 'private_address'],
      ['error', 'private_address'],
      ['error', 'http_error'],
    ]);
    expect(outcomes.every((source) => source.passageCount === 0 && source.error?.message)).toBe(true);
    // A binary file as a document is refused by the callable itself, and nothing is written.
    const count = (await db.collection(paths.knowledgeSources(tenant.botId)).count().get()).data().count;
    const binary = await save(tenant, {
      content: { kind: 'document', title: 'Scan', text: 'PK\u0003\u0004\u0000\u0000binary' },
    });
    expect(binary.error?.details).toMatchObject({ reason: 'invalid_input' });
    expect((await db.collection(paths.knowledgeSources(tenant.botId)).count().get()).data().count).toBe(count);
    expect(await passageIds(tenant.botId)).toEqual(before);
    for (const answer of saved) {
      await callFunction(
        'deleteKnowledgeSource',
        { botId: tenant.botId, sourceId: answer.result?.sourceId },
        tenant.owner.idToken,
      );
    }
  }, 120_000);
});

describe('answering from knowledge', () => {
  const ask = async (text: string, conversationId?: string) => {
    const visitor = await signInAnonymously();
    const answer = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId: tenant.botId, text, ...(conversationId ? { conversationId } : {}) },
      visitor.idToken,
    );
    expect(answer.result?.status).toBe('done');
    const { conversationId: cid, replyMessageId } = answer.result as SendMessageResponse & { replyMessageId: string };
    const reply = (await db.doc(`${paths.messages(tenant.botId, cid)}/${replyMessageId}`).get()).data() ?? {};
    const meta = (await messageMetaOf(tenant.botId, cid, replyMessageId)) as MessageMeta;
    return { reply, meta };
  };

  it("retrieves this bot's nearest passages only, cites them, and shows the cited source under the reply", async () => {
    const { reply, meta } = await ask('Is there parking near the practice?');
    const knowledge = meta.knowledge;
    expect(knowledge?.passages[0]).toMatchObject({
      ref: 1,
      sourceId: ids.parking,
      title: 'Is there parking?',
      cited: true,
    });
    expect(knowledge?.passages.every((passage) => passage.sourceId !== ids.foreign)).toBe(true);
    expect(knowledge?.unanswered).toBe(false);
    expect(reply.text).toContain('courtyard behind the building');
    expect(reply.sources).toEqual([{ ref: 1, title: 'Is there parking?', url: null }]);
    // The prompt held the passages with their numbers and the rule to cite them.
    const requests = await fakeModel.requests();
    const system = String(requests.at(-1)?.body.messages?.[0]?.content);
    expect(system).toContain('[1] Is there parking?\nQ: Is there parking?');
    expect(system).not.toContain('5 EUR at the other bot');
  }, 120_000);

  it('links a cited page by its URL', async () => {
    const { reply } = await ask('How much does a professional teeth cleaning cost?');
    expect(reply.sources).toEqual([{ ref: 1, title: 'Prices — Demo Dental', url: new URL('/prices', site.url).href }]);
  }, 120_000);

  it('marks a question nothing answers, groups it, and turns it into a FAQ entry in one step', async () => {
    const first = await ask('Do you repair bicycles?');
    expect(first.meta.knowledge).toMatchObject({ unanswered: true, passages: [] });
    expect(first.reply.sources).toEqual([]);
    await ask('do you repair  BICYCLES');
    const listed = await db.collection(paths.unansweredQuestions(tenant.botId)).get();
    expect(listed.docs.map((doc) => [doc.data().question, doc.data().count])).toEqual([['Do you repair bicycles?', 2]]);

    const unansweredId = listed.docs[0]?.id as string;
    const answered = await save(tenant, {
      content: { kind: 'faq', question: 'Do you repair bicycles?', answer: 'No, we only repair teeth.' },
      unansweredId,
    });
    expect(answered.error).toBeUndefined();
    expect((await db.collection(paths.unansweredQuestions(tenant.botId)).get()).size).toBe(0);
    expect((await settled(tenant.botId, answered.result?.sourceId as string)).status).toBe('ready');
    const again = await ask('Do you repair bicycles?');
    expect(again.reply.sources).toEqual([{ ref: 1, title: 'Do you repair bicycles?', url: null }]);
  }, 120_000);

  it('stops answering from a deleted source at once', async () => {
    const deleted = await callFunction<{ deletedPassages: number }>(
      'deleteKnowledgeSource',
      { botId: tenant.botId, sourceId: ids.parking },
      tenant.owner.idToken,
    );
    expect(deleted.result?.deletedPassages).toBe(1);
    const { meta } = await ask('Is there parking near the practice?');
    expect(meta.knowledge?.passages.some((passage) => passage.sourceId === ids.parking)).toBe(false);
  }, 120_000);
});
