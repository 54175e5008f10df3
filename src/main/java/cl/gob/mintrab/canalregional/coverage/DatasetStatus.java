package cl.gob.mintrab.canalregional.coverage;

import java.time.Instant;

/** How fresh a dataset is in a region (or nationally): last update, whether any figure is demo content, rows. */
public record DatasetStatus(Instant lastUpdated, boolean demo, long rows) {

    public boolean empty() {
        return rows == 0;
    }
}
