import { words } from './desk-text.js';
import { choice, field } from './desk-parts.js';
import { editableList } from './desk-editor.js';

/**
 * The secretariat's canned replies: a title and a text in Japanese and in English, for one topic or every topic;
 * the case's reply form inserts the text in the inquiry's language.
 */
export async function render(main, portal) {
  const { h } = portal;
  const text = words(portal.language);
  const title = (reply) => (portal.language === 'en' ? reply.titleEn || reply.titleJa
    : reply.titleJa || reply.titleEn);
  const area = (name, value) => h('textarea', { name, rows: 6, maxlength: 20000, value: value ?? '' });
  await editableList(main, portal, {
    title: text.repliesTitle, lead: text.repliesLead, path: 'canned-replies', empty: text.noReplies,
    addTitle: text.addReply, editTitle: text.editReply,
    columns: [
      { header: text.replyTitle, value: title },
      { header: text.forTopic,
        value: (reply) => (reply.topic ? text.topics[reply.topic] ?? reply.topic : text.allTopics) },
      { header: text.languages.ja, value: (reply) => reply.textJa },
      { header: text.languages.en, value: (reply) => reply.textEn },
    ],
    name: title,
    confirmDelete: (reply) => text.confirmDeleteReply(title(reply)),
    fields: (reply) => [
      field(portal, { id: 'reply-topic', label: text.forTopic,
        control: choice(portal, 'topic', text.topics, reply?.topic, text.allTopics) }),
      h('div', { class: 'desk-bilingual' },
        field(portal, { id: 'reply-title-ja', label: text.titleJa, required: true,
          control: h('input', { name: 'titleJa', type: 'text', maxlength: 200, lang: 'ja',
            value: reply?.titleJa ?? '' }) }),
        field(portal, { id: 'reply-title-en', label: text.titleEn, required: true,
          control: h('input', { name: 'titleEn', type: 'text', maxlength: 200, lang: 'en',
            value: reply?.titleEn ?? '' }) })),
      h('div', { class: 'desk-bilingual' },
        field(portal, { id: 'reply-text-ja', label: text.textJa, required: true,
          control: area('textJa', reply?.textJa) }),
        field(portal, { id: 'reply-text-en', label: text.textEn, required: true,
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
