package cl.gob.mintrab.canalregional.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Records that a demo contributor has run on this database. */
@Entity
@Table(name = "demo_load")
public class DemoLoad {

    @Id
    @Column(name = "contributor", length = 100)
    private String contributor;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected DemoLoad() {
        // JPA
    }

    DemoLoad(String contributor, Instant loadedAt) {
        this.contributor = contributor;
        this.loadedAt = loadedAt;
    }

    public String getContributor() {
        return contributor;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
