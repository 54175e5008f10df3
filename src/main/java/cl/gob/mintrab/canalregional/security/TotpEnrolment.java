package cl.gob.mintrab.canalregional.security;

/** What the enrolment page shows: the QR code and the same secret as text for typing by hand. */
public record TotpEnrolment(String qrDataUri, String secret, String otpauthUri) {
}
