package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An employment or social-protection programme whose coverage the regions report. National reference data. */
@AffectsPublicPages
@Entity
@Audited
@Table(name = "programme")
@NamedQuery(name = Programme.FIND_ALL, query = "SELECT p FROM Programme p ORDER BY p.name")
public class Programme {

    public static final String FIND_ALL = "Programme.findAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "institution", nullable = false)
    private String institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ProgrammeKind kind;

    @Column(name = "description")
    private String description;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to")
    private Integer yearTo;

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

    protected Programme() {
        // JPA
    }

    public Programme(String code) {
        this.code = code;
        this.createdAt = Times.now();
        this.updatedAt = createdAt;
    }

    public ProgrammeView toView() {
        return new ProgrammeView(id, code, name, institution, kind, description, yearFrom, yearTo, demo, version);
    }

    public void apply(ProgrammeData data) {
        this.code = data.code().trim().toUpperCase(java.util.Locale.ROOT);
        this.name = data.name().trim();
        this.institution = data.institution().trim();
        this.kind = data.kind();
        this.description = data.description() == null || data.description().isBlank() ? null : data.description().trim();
        this.yearFrom = data.yearFrom();
        this.yearTo = data.yearTo();
        this.updatedAt = Times.now();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getInstitution() {
        return institution;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public int getVersion() {
        return version;
    }
}
