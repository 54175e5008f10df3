package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serial;
import java.io.Serializable;

/**
 * A unit expected to report in a programme (the units that existed that year), with the name the source
 * document used and what that name meant then.
 */
@Entity
@Audited
@Table(name = "gt_program_unit")
public class ProgramUnit implements RegionOwned {

    /** Programme and unit. */
    @Embeddable
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Column(name = "program_id")
        private long programId;

        @Column(name = "region_code", length = 2)
        private String regionCode;

        protected Key() {
            // JPA
        }

        public Key(long programId, String regionCode) {
            this.programId = programId;
            this.regionCode = regionCode;
        }

        public long programId() {
            return programId;
        }

        public String regionCode() {
            return regionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.programId == programId && java.util.Objects.equals(k.regionCode, regionCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(programId, regionCode);
        }

        @Override
        public String toString() {
            return programId + "/" + regionCode;
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "name_as_reported")
    private String nameAsReported;

    @Column(name = "note")
    private String note;

    protected ProgramUnit() {
        // JPA
    }

    public ProgramUnit(long programId, String regionCode, String nameAsReported, String note) {
        this.key = new Key(programId, regionCode);
        this.nameAsReported = nameAsReported;
        this.note = note;
    }

    @Override
    public String ownerRegionCode() {
        return key.regionCode();
    }

    public long getProgramId() {
        return key.programId();
    }

    public String getRegionCode() {
        return key.regionCode();
    }

    public String getNameAsReported() {
        return nameAsReported;
    }

    public String getNote() {
        return note;
    }
}
