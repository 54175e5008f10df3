package cl.gob.mintrab.canalregional.coverage;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data an import file is checked against: the region it is imported into, every comuna of the
 * country (to tell an unknown code from a comuna of another region), the programmes by code, and today.
 */
public record ImportContext(String regionCode, String regionName, Map<String, ComunaRef> comunas,
                            Map<String, ProgrammeRef> programmes, LocalDate today) {

    /** A comuna with its region. */
    public record ComunaRef(String code, String name, String regionCode, String regionName) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A programme as import files name it. */
    public record ProgrammeRef(long id, String code, String name, int yearFrom, Integer yearTo) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean activeIn(int year) {
            return year >= yearFrom && (yearTo == null || year <= yearTo);
        }
    }

    public ImportContext {
        comunas = Map.copyOf(comunas);
        programmes = Map.copyOf(programmes);
    }

    /** The last month that has ended: figures for the current month are not complete yet. */
    public YearMonth lastClosedMonth() {
        return YearMonth.from(today).minusMonths(1);
    }

    public Optional<ProgrammeRef> programme(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(programmes.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    public Optional<ComunaRef> comuna(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String value = code.trim();
        // Spreadsheets drop the leading zero of codes such as 05101.
        if (value.matches("\\d{4}")) {
            value = "0" + value;
        }
        return Optional.ofNullable(comunas.get(value));
    }
}
