package jp.innovationnet.portal.plugins.events.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Languages;

/**
 * A question an event's organisers ask registrants. Its id ({@link #key()}, {@code q1}, {@code q2}...) stays the
 * same through every edit of the event, and answers refer to it. A question removed from the event is kept
 * ({@link #removed()}) so that the answers given to it stay readable, but it is no longer asked nor exported.
 */
@Entity
@Table(name = "events_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "question_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_ja", nullable = false)
    private String labelJa;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionType type;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean removed;

    @ElementCollection
    @CollectionTable(name = "events_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<ChoiceOption> options = new ArrayList<>();

    protected Question() {
    }

    Question(long eventId, String key, int position, QuestionDraft draft) {
        this.eventId = eventId;
        this.key = key;
        apply(position, draft);
    }

    void apply(int newPosition, QuestionDraft draft) {
        position = newPosition;
        labelJa = draft.labelJa();
        labelEn = draft.labelEn();
        type = draft.type();
        required = draft.required();
        removed = false;
        options.clear();
        options.addAll(draft.options());
    }

    void remove() {
        removed = true;
    }

    /** @return its id within the event, which answers name */
    public String key() {
        return key;
    }

    /** @return the event asking it */
    public long eventId() {
        return eventId;
    }

    /** @return its place among the event's questions */
    public int position() {
        return position;
    }

    /** @return the question in Japanese */
    public String labelJa() {
        return labelJa;
    }

    /** @return the question in English */
    public String labelEn() {
        return labelEn;
    }

    /** @param locale the reader's language @return the question in Japanese, or in English for any other */
    public String label(Locale locale) {
        return Languages.isJapanese(locale) ? labelJa : labelEn;
    }

    /** @return what kind of answer it takes */
    public QuestionType type() {
        return type;
    }

    /** @return whether registrants must answer it */
    public boolean required() {
        return required;
    }

    /** @return whether it was removed from the event (its answers are kept) */
    public boolean removed() {
        return removed;
    }

    /** @return for a choice: its options, in order */
    public List<ChoiceOption> options() {
        return List.copyOf(options);
    }

    /**
     * @param answer an answer as stored (checked by {@link Answers})
     * @param locale the reader's language
     * @return the answer as people read it: the option's label, yes/no in their language, or the text
     */
    public String readable(String answer, Locale locale) {
        return switch (type) {
            case TEXT -> answer;
            case CHOICE -> options.get(Integer.parseInt(answer)).label(locale);
            case YES_NO -> Coded.byCode(YesNo.values(), answer).orElseThrow().label(locale);
        };
    }
}
