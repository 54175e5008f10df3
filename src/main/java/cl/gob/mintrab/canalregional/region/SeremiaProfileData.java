package cl.gob.mintrab.canalregional.region;

/** What a Seremía's editors edit of its public profile. */
public record SeremiaProfileData(String authority, String presentation, String address, String phone, String email,
                                 String officeHours) {
}
