package cl.gob.mintrab.canalregional.coverage;

import java.time.YearMonth;

/**
 * The filters of a page, a download or an API call: a region (official code), a range of months (inclusive), a
 * programme (code) and a comuna (code). Null means "any".
 */
public record DataFilter(String regionCode, YearMonth from, YearMonth to, String programmeCode, String comunaCode) {

    public static final DataFilter NONE = new DataFilter(null, null, null, null, null);

    public DataFilter withRegion(String code) {
        return new DataFilter(code, from, to, programmeCode, comunaCode);
    }
}
