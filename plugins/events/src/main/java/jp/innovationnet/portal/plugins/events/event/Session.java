package jp.innovationnet.portal.plugins.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One session of an event's timetable. */
@Embeddable
public class Session {

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "speaker")
    private String speaker;

    protected Session() {
    }

    /**
     * @param startsAt when it starts
     * @param endsAt   when it ends
     * @param title    its title in both languages
     * @param speaker  who speaks
     */
    public Session(Instant startsAt, Instant endsAt, Texts title, Optional<String> speaker) {
        this.startsAt = Event.utc(Objects.requireNonNull(startsAt));
        this.endsAt = Event.utc(Objects.requireNonNull(endsAt));
        this.titleJa = title.ja();
        this.titleEn = title.en();
        this.speaker = speaker.orElse(null);
    }

    /** @return when it starts */
    public Instant startsAt() {
        return startsAt.toInstant();
    }

    /** @return when it ends */
    public Instant endsAt() {
        return endsAt.toInstant();
    }

    /** @return its title */
    public Texts title() {
        return new Texts(titleJa, titleEn);
    }

    /** @return who speaks */
    public Optional<String> speaker() {
        return Optional.ofNullable(speaker);
    }
}
