package gov.clearance.lifecycle;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A stand-in OpenID provider for tests: it publishes its signing key at a JWKS endpoint on
 * 127.0.0.1 and signs access tokens shaped like Keycloak's, so the application validates them
 * with its standard resource-server configuration.
 */
public final class TestIssuer {

    static final String AUDIENCE = "clearance-api";
    private static final TestIssuer INSTANCE = new TestIssuer();

    private final RSAKey key;
    private final RSAKey otherKey;
    private final HttpServer server;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            otherKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/clearance/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestIssuer get() {
        return INSTANCE;
    }

    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/clearance";
    }

    public String token(DemoUser user) {
        return sign(claims(user, issuerUri(), AUDIENCE, Instant.now().plusSeconds(600)), key);
    }

    String expiredToken(DemoUser user) {
        return sign(claims(user, issuerUri(), AUDIENCE, Instant.now().minusSeconds(600)), key);
    }

    String tokenForAudience(DemoUser user, String audience) {
        return sign(claims(user, issuerUri(), audience, Instant.now().plusSeconds(600)), key);
    }

    String tokenFromIssuer(DemoUser user, String issuer) {
        return sign(claims(user, issuer, AUDIENCE, Instant.now().plusSeconds(600)), key);
    }

    String tokenWithForeignSignature(DemoUser user) {
        return sign(claims(user, issuerUri(), AUDIENCE, Instant.now().plusSeconds(600)), otherKey);
    }

    private static JWTClaimsSet claims(DemoUser user, String issuer, String audience, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("sub-" + user.username())
                .audience(List.of(audience))
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expiry))
                .claim("preferred_username", user.username())
                .claim("name", user.username().substring(0, 1).toUpperCase() + user.username().substring(1))
                .claim("realm_access", Map.of("roles", user.roles()));
        if (user.agency() != null) {
            claims.claim("agency", List.of("/" + user.agency()));
        }
        if (user.organization() != null) {
            claims.claim("organization", List.of("/" + user.organization()));
        }
        return claims.build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
