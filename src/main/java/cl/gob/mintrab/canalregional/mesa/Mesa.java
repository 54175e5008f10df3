package cl.gob.mintrab.canalregional.mesa;

import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A Mesa Técnica or Mesa Sectorial of a region. */
@Entity
@Audited
@Table(name = "mesa")
public class Mesa implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MesaKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Mesa() {
        // JPA
    }

    public Mesa(String regionCode, MesaKind kind, String name) {
        this.regionCode = regionCode;
        this.kind = kind;
        this.name = name;
        this.createdAt = Times.now();
        this.updatedAt = createdAt;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public MesaView toView() {
        return new MesaView(id, regionCode, kind, name, description, active, demo, version);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public MesaKind getKind() {
        return kind;
    }

    public void setKind(MesaKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public void touch() {
        this.updatedAt = Times.now();
    }

    public int getVersion() {
        return version;
    }
}
