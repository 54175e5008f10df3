package cl.gob.mintrab.canalregional.security;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s, one step of clock drift either way), QR codes
 * for authenticator apps, and recovery codes.
 */
@ApplicationScoped
public class TotpService {

    static final String ISSUER = "Canal Regional";
    private final CodeVerifier verifier;

    public TotpService() {
        DefaultCodeVerifier codeVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        codeVerifier.setTimePeriod(30);
        codeVerifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codeVerifier;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public boolean verify(String secret, String code) {
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }

    /** A PNG QR code as a data: URI, for the enrolment page. */
    public String qrDataUri(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /** The otpauth:// URI behind the QR code, for typing into an app by hand. */
    public String otpauthUri(String username, String secret) {
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(6).period(30).build().getUri();
    }

    public String[] newRecoveryCodes() {
        return new RecoveryCodeGenerator().generateCodes(10);
    }
}
