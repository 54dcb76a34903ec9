package vn.lantoa.newsroom.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lantoa.newsroom.StoryStatus;

/** A status a story was in, from when until when, and who put it there. */
@Entity
@Table(name = "story_step")
public class StoryStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id", insertable = false, updatable = false)
    private Long storyId;

    @Enumerated(EnumType.STRING)
    private StoryStatus status;

    private Instant enteredAt;
    private Instant leftAt;
    private Long actorId;
    private String reason;

    protected StoryStep() {
    }

    StoryStep(StoryStatus status, Instant enteredAt, Long actorId, String reason) {
        this.status = status;
        this.enteredAt = enteredAt;
        this.actorId = actorId;
        this.reason = reason;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    public StoryStatus status() {
        return status;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public Long actorId() {
        return actorId;
    }

    public String reason() {
        return reason;
    }

    public boolean isOpen() {
        return leftAt == null;
    }
}
