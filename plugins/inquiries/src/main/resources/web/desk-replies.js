import { field, h, pick, catalogue, select, settingsList } from '/assets/kit/1/index.js';
import { API, TOPICS, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

/**
 * The secretariat's canned replies: a title and a text in Japanese and in English, for one topic or every topic;
 * the case's reply form inserts the text in the inquiry's language.
 */
export async function render(main) {
  const title = (reply) => pick({ ja: reply.titleJa, en: reply.titleEn });
  const area = (name, value) => h('textarea', { name, rows: 6, maxlength: 20000, value: value ?? '' });
  inquiryStyles('desk');
  await settingsList(main, {
    title: t('repliesTitle'), lead: t('repliesLead'), path: `${API}/canned-replies`, empty: t('noReplies'),
    class: 'desk-form desk-editor',
    addTitle: t('addReply'), editTitle: t('editReply'),
    columns: [
      { header: t('replyTitle'), value: title },
      { header: t('forTopic'),
        value: (reply) => (reply.topic ? t(`topics.${reply.topic}`) : t('allTopics')) },
      { header: t('languages.ja'), value: (reply) => reply.textJa },
      { header: t('languages.en'), value: (reply) => reply.textEn },
    ],
    name: title,
    confirmDelete: (reply) => t('confirmDeleteReply', { title: title(reply) }),
    fields: (reply) => [
      field({ id: 'reply-topic', label: t('forTopic'),
        control: select({ name: 'topic', items: t.named('topics', TOPICS), selected: reply?.topic,
          none: t('allTopics') }) }),
      h('div', { class: 'desk-bilingual' },
        field({ id: 'reply-title-ja', label: t('titleJa'), required: true,
          control: h('input', { name: 'titleJa', type: 'text', maxlength: 200, lang: 'ja',
            value: reply?.titleJa ?? '' }) }),
        field({ id: 'reply-title-en', label: t('titleEn'), required: true,
          control: h('input', { name: 'titleEn', type: 'text', maxlength: 200, lang: 'en',
            value: reply?.titleEn ?? '' }) })),
      h('div', { class: 'desk-bilingual' },
        field({ id: 'reply-text-ja', label: t('textJa'), required: true,
          control: area('textJa', reply?.textJa) }),
        field({ id: 'reply-text-en', label: t('textEn'), required: true,
          control: area('textEn', reply?.textEn) })),
    ],
    body: (form) => {
      const value = (name) => form.elements.namedItem(name).value;
      return {
        topic: value('topic') || null, titleJa: value('titleJa'), titleEn: value('titleEn'),
        textJa: value('textJa'), textEn: value('textEn'),
      };
    },
  });
}
