package cl.gob.mintrab.canalregional.region;

import java.time.Instant;

/** Read model of a Seremia's public profile. */
public record SeremiaContact(String authority, String presentation, String address, String phone, String email,
                             String officeHours, boolean demo, Instant updatedAt) {
}
