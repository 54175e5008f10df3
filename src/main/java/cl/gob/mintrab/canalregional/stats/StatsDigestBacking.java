package cl.gob.mintrab.canalregional.stats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The weekly digest of stale sections on the staff dashboard ({@code WEB-INF/includes/stats-digest.xhtml}). */
@Named
@RequestScoped
public class StatsDigestBacking {

    @Inject
    WeeklyDigest digest;

    private List<WeeklyDigest.Entry> entries;

    @PostConstruct
    void init() {
        entries = digest.findLatestForCurrentUser();
    }

    public List<WeeklyDigest.Entry> getEntries() {
        return entries;
    }
}
