package cl.gob.mintrab.canalregional.support;

import cl.gob.mintrab.canalregional.security.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A site-wide setting changed by administrators, kept in the database so every instance sees the same value. */
@Entity
@Audited
@Table(name = "app_setting")
public class AppSetting {

    @Id
    @Column(name = "name", length = 80)
    private String name;

    @Column(name = "value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected AppSetting() {
        // JPA
    }

    public AppSetting(String name, String value) {
        this.name = name;
        this.value = value;
        this.updatedAt = Times.now();
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
        this.updatedAt = Times.now();
    }
}
