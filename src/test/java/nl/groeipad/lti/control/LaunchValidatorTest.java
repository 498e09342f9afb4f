package nl.groeipad.lti.control;

import static nl.groeipad.lti.LaunchTokens.CLIENT_ID;
import static nl.groeipad.lti.LaunchTokens.DEEP_LINK_RETURN_URL;
import static nl.groeipad.lti.LaunchTokens.INSTRUCTOR;
import static nl.groeipad.lti.LaunchTokens.LEARNER;
import static nl.groeipad.lti.LaunchTokens.MOODLE_TOKEN_LIFETIME;
import static nl.groeipad.lti.LaunchTokens.NONCE;
import static nl.groeipad.lti.LaunchTokens.NOW;
import static nl.groeipad.lti.LaunchTokens.TENANT;
import static nl.groeipad.lti.LaunchTokens.clockAt;
import static nl.groeipad.lti.LaunchTokens.expectation;
import static nl.groeipad.lti.LaunchTokens.otherKeyWithTheSameKid;
import static nl.groeipad.lti.LaunchTokens.validDeepLinkingRequest;
import static nl.groeipad.lti.LaunchTokens.validLaunch;
import static nl.groeipad.lti.entity.LaunchRejection.Reason.*;
import static nl.groeipad.lti.entity.LtiClaims.CONTEXT;
import static nl.groeipad.lti.entity.LtiClaims.CUSTOM;
import static nl.groeipad.lti.entity.LtiClaims.DEEP_LINKING_SETTINGS;
import static nl.groeipad.lti.entity.LtiClaims.DEPLOYMENT_ID;
import static nl.groeipad.lti.entity.LtiClaims.LAUNCH_PRESENTATION;
import static nl.groeipad.lti.entity.LtiClaims.MESSAGE_TYPE;
import static nl.groeipad.lti.entity.LtiClaims.RESOURCE_LINK;
import static nl.groeipad.lti.entity.LtiClaims.ROLES;
import static nl.groeipad.lti.entity.LtiClaims.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jose.JWSAlgorithm;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.groeipad.lti.InMemoryNonceLedger;
import nl.groeipad.lti.LaunchTokens;
import nl.groeipad.lti.control.LaunchValidator.Expectation;
import nl.groeipad.lti.entity.Launch;
import nl.groeipad.lti.entity.LaunchRejection;
import nl.groeipad.lti.entity.LaunchRejection.Reason;
import nl.groeipad.lti.entity.LtiClaims;
import nl.groeipad.platform.entity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launch validator, step by step as it walks the Security Framework §5.1.3 and LTI Core §5.3: one
 * valid Moodle launch, broken in one field per test. Every rule is checked before the nonce is used up,
 * so each rejection also leaves the nonce ledger untouched.
 */
class LaunchValidatorTest {

    /** The production default ({@code groeipad.lti.leeway-seconds}). */
    static final Duration LEEWAY = Duration.ofSeconds(10);

    final InMemoryNonceLedger nonces = new InMemoryNonceLedger();
    final LaunchValidator validator = new LaunchValidator(clockAt(NOW), LEEWAY, nonces);

    Launch accept(String idToken) throws LaunchRejection {
        return validator.validate(idToken, expectation());
    }

    void assertRejected(String idToken, Reason reason) {
        assertRejected(idToken, expectation(), reason);
    }

    void assertRejected(String idToken, Expectation expected, Reason reason) {
        assertThatExceptionOfType(LaunchRejection.class)
                .isThrownBy(() -> validator.validate(idToken, expected))
                .extracting(LaunchRejection::reason).isEqualTo(reason);
        assertThat(nonces.uses()).as("a rejected launch does not use up its nonce").isEmpty();
    }

    @Nested
    @DisplayName("an accepted launch")
    class Accepted {

        @Test
        void acceptsMoodlesLearnerLaunchWithEverythingItSays() throws LaunchRejection {
            var launch = accept(validLaunch().sign());

            assertThat(launch.tenant()).isEqualTo(TENANT);
            assertThat(launch.messageType()).isEqualTo(LtiClaims.RESOURCE_LINK_REQUEST);
            assertThat(launch.isDeepLinking()).isFalse();
            assertThat(launch.deploymentId()).isEqualTo("1");
            assertThat(launch.subject()).isEqualTo("4");
            assertThat(launch.givenName()).isEqualTo("Deelnemer");
            assertThat(launch.familyName()).isEqualTo("Een");
            assertThat(launch.name()).isEqualTo("Deelnemer Een");
            assertThat(launch.email()).isEqualTo("deelnemer1@example.com");
            assertThat(launch.lisRoles()).containsExactly(LEARNER);
            assertThat(launch.role()).isEqualTo(Role.PARTICIPANT);
            assertThat(launch.course()).contains(new Launch.Context("2", "WPO Demo", "WPO1"));
            assertThat(launch.resourceLinkId()).isEqualTo("1");
            assertThat(launch.resourceLinkTitle()).isEqualTo("Harness LTI (embed)");
            assertThat(launch.locale()).isEqualTo("en");
            assertThat(launch.language()).isEqualTo("en");
            assertThat(launch.documentTarget()).isEqualTo("iframe");
            assertThat(launch.returnUrl()).startsWith("http://localhost:8081/mod/lti/return.php");
            assertThat(launch.deepLinking()).isNull();
            assertThat(launch.custom()).containsEntry("harness", "1");
        }

        @Test
        void acceptsLaunchWithoutNamesOrEmailBecauseThePlatformSendsThemOnlyWhenAllowed() throws LaunchRejection {
            var launch = accept(validLaunch().without("given_name").without("family_name").without("name")
                    .without("email").sign());

            assertThat(launch.givenName()).isNull();
            assertThat(launch.familyName()).isNull();
            assertThat(launch.name()).isNull();
            assertThat(launch.email()).isNull();
        }

        @Test
        void acceptsLaunchFromOutsideACourse() throws LaunchRejection {
            var launch = accept(validLaunch().without(CONTEXT).sign());

            assertThat(launch.course()).isEmpty();
        }

        @Test
        void speaksDutchUnlessThePlatformAsksForEnglish() throws LaunchRejection {
            assertThat(accept(validLaunch().with(LAUNCH_PRESENTATION, "locale", "nl-NL").sign()).language())
                    .isEqualTo("nl");
        }

        @Test
        void speaksEnglishForAnyEnglishLocale() throws LaunchRejection {
            assertThat(accept(validLaunch().with(LAUNCH_PRESENTATION, "locale", "en-GB").sign()).language())
                    .isEqualTo("en");
        }

        @Test
        void speaksDutchWhenThePlatformSendsNoLocale() throws LaunchRejection {
            var launch = accept(validLaunch().without(LAUNCH_PRESENTATION).sign());

            assertThat(launch.locale()).isNull();
            assertThat(launch.language()).isEqualTo("nl");
        }

        @Test
        void acceptsLaunchWithoutCustomParameters() throws LaunchRejection {
            assertThat(accept(validLaunch().without(CUSTOM).sign()).custom()).isEmpty();
        }
    }

    @Nested
    @DisplayName("the token as a whole")
    class TokenShape {

        @Test
        void rejectsTokenLargerThanTheSizeLimit() {
            var huge = validLaunch().with("padding", "x".repeat(LaunchValidator.MAX_TOKEN_LENGTH)).sign();

            assertThat(huge).hasSizeGreaterThan(LaunchValidator.MAX_TOKEN_LENGTH);
            assertRejected(huge, TOKEN_TOO_LARGE);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "not-a-jwt", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30"})
        void rejectsTextThatIsNotASignedJwt(String idToken) {
            assertRejected(idToken, TOKEN_MALFORMED);
        }
    }

    @Nested
    @DisplayName("Security §5.1.3 step 1 and §5.4: the signature")
    class Signature {

        @Test
        void rejectsUnsignedToken() {
            // "alg":"none" is not a JWS at all: it is refused while parsing, before any claim is read.
            assertRejected(validLaunch().unsigned(), TOKEN_MALFORMED);
        }

        @Test
        void rejectsTokenSignedWithHmac() {
            // The classic confusion attack signs with a shared secret (often the platform's public key).
            assertRejected(validLaunch().alg(JWSAlgorithm.HS256).sign(), ALGORITHM_NOT_ALLOWED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"RS384", "RS512", "PS256"})
        void rejectsEveryRsaAlgorithmButRs256(String alg) {
            assertRejected(validLaunch().alg(JWSAlgorithm.parse(alg)).sign(), ALGORITHM_NOT_ALLOWED);
        }

        @Test
        void rejectsTokenWithoutKeyId() {
            assertRejected(validLaunch().header("kid", null).sign(), KEY_ID_MISSING);
        }

        @Test
        void rejectsTokenWhoseKeyIdIsNotInThePlatformKeySet() {
            assertRejected(validLaunch().header("kid", "rotated-away").sign(), KEY_UNKNOWN);
        }

        @Test
        void rejectsLaunchWhenThePlatformKeySetCannotBeFetched() {
            var unreachable = expectation(kid -> {
                throw new IOException("connect timed out");
            });

            assertRejected(validLaunch().sign(), unreachable, KEY_UNKNOWN);
        }

        @Test
        void rejectsTokenSignedByAnotherKeyThatClaimsThePlatformsKeyId() {
            assertRejected(validLaunch().signedWith(otherKeyWithTheSameKid()).sign(), SIGNATURE_INVALID);
        }

        @Test
        void rejectsTokenWhoseClaimsWereChangedAfterSigning() {
            var parts = validLaunch().sign().split("\\.");
            var promoted = validLaunch().with(ROLES, List.of(INSTRUCTOR)).sign().split("\\.")[1];

            assertRejected(parts[0] + "." + promoted + "." + parts[2], SIGNATURE_INVALID);
        }
    }

    @Nested
    @DisplayName("Security §5.1.3 steps 2-5: issuer, audience and authorized party")
    class IssuerAndAudience {

        @Test
        void rejectsTokenFromAnotherIssuer() {
            assertRejected(validLaunch().with("iss", "https://moodle.example.org").sign(), ISSUER_MISMATCH);
        }

        @Test
        void rejectsIssuerThatDiffersOnlyByATrailingSlash() {
            assertRejected(validLaunch().with("iss", "http://localhost:8081/").sign(), ISSUER_MISMATCH);
        }

        @Test
        void acceptsAudienceAsASingleString() throws LaunchRejection {
            assertThat(accept(validLaunch().with("aud", CLIENT_ID).sign())).isNotNull();
        }

        @Test
        void acceptsAudienceAsAnArrayHoldingOurClientId() throws LaunchRejection {
            assertThat(accept(validLaunch().with("aud", List.of(CLIENT_ID)).sign())).isNotNull();
        }

        @Test
        void rejectsAudienceWithoutOurClientId() {
            assertRejected(validLaunch().with("aud", "cpY06A8c167wQUK").sign(), AUDIENCE_MISMATCH);
        }

        @Test
        void rejectsAudienceArrayWithoutOurClientId() {
            assertRejected(validLaunch().with("aud", List.of("other-tool", "cpY06A8c167wQUK")).sign(),
                    AUDIENCE_MISMATCH);
        }

        @Test
        void rejectsSeveralAudiencesWithoutAuthorizedParty() {
            assertRejected(validLaunch().with("aud", List.of(CLIENT_ID, "other-tool")).sign(),
                    AUTHORIZED_PARTY_MISMATCH);
        }

        @Test
        void rejectsSeveralAudiencesWhenAnotherToolIsTheAuthorizedParty() {
            assertRejected(validLaunch().with("aud", List.of(CLIENT_ID, "other-tool")).with("azp", "other-tool").sign(),
                    AUTHORIZED_PARTY_MISMATCH);
        }

        @Test
        void acceptsSeveralAudiencesWhenWeAreTheAuthorizedParty() throws LaunchRejection {
            assertThat(accept(validLaunch().with("aud", List.of(CLIENT_ID, "other-tool")).with("azp", CLIENT_ID).sign()))
                    .isNotNull();
        }

        @Test
        void rejectsAuthorizedPartyOtherThanUsEvenWithASingleAudience() {
            assertRejected(validLaunch().with("azp", "other-tool").sign(), AUTHORIZED_PARTY_MISMATCH);
        }
    }

    @Nested
    @DisplayName("Security §5.1.3 steps 7-8: expiry and issue time")
    class Times {

        @Test
        void rejectsTokenExpiredLongerAgoThanTheLeeway() {
            var exp = NOW.minus(LEEWAY).minusSeconds(1);

            assertRejected(validLaunch().expiringAt(exp).issuedAt(exp.minus(MOODLE_TOKEN_LIFETIME)).sign(), EXPIRED);
        }

        @Test
        void acceptsTokenJustExpiredWithinTheLeewayForPlatformClockSkew() throws LaunchRejection {
            var exp = NOW.minusSeconds(3);

            assertThat(accept(validLaunch().expiringAt(exp).issuedAt(exp.minus(MOODLE_TOKEN_LIFETIME)).sign()))
                    .isNotNull();
        }

        @Test
        void rejectsTokenExactlyWhenTheLeewayRunsOut() {
            var exp = NOW.minus(LEEWAY);

            assertRejected(validLaunch().expiringAt(exp).issuedAt(exp.minus(MOODLE_TOKEN_LIFETIME)).sign(), EXPIRED);
        }

        @Test
        void rejectsTokenWithoutExpiry() {
            assertRejected(validLaunch().without("exp").sign(), TOKEN_MALFORMED);
        }

        @Test
        void rejectsTokenIssuedInTheFutureBeyondTheLeeway() {
            var iat = NOW.plus(LEEWAY).plusSeconds(1);

            assertRejected(validLaunch().issuedAt(iat).expiringAt(iat.plus(MOODLE_TOKEN_LIFETIME)).sign(),
                    ISSUED_IN_FUTURE);
        }

        @Test
        void acceptsTokenFromAPlatformWhoseClockRunsAFewSecondsAhead() throws LaunchRejection {
            var iat = NOW.plusSeconds(5);

            assertThat(accept(validLaunch().issuedAt(iat).expiringAt(iat.plus(MOODLE_TOKEN_LIFETIME)).sign()))
                    .isNotNull();
        }

        @Test
        void rejectsTokenWithoutIssueTime() {
            assertRejected(validLaunch().without("iat").sign(), TOKEN_MALFORMED);
        }

        @Test
        void rejectsTokenIssuedLongerAgoThanTheMaximumAgeEvenIfItHasNotExpired() {
            var iat = NOW.minus(LaunchValidator.MAX_AGE).minusSeconds(1);

            assertRejected(validLaunch().issuedAt(iat).expiringAt(NOW.plusSeconds(60)).sign(), ISSUED_TOO_LONG_AGO);
        }

        @Test
        void acceptsLongLivedTokenJustWithinTheMaximumAge() throws LaunchRejection {
            var iat = NOW.minus(LaunchValidator.MAX_AGE).plusSeconds(1);

            assertThat(accept(validLaunch().issuedAt(iat).expiringAt(NOW.plusSeconds(60)).sign())).isNotNull();
        }
    }

    @Nested
    @DisplayName("Security §5.1.3 step 9: the nonce")
    class Nonce {

        @Test
        void rejectsTokenWithoutNonce() {
            assertRejected(validLaunch().without("nonce").sign(), NONCE_MISSING);
        }

        @Test
        void rejectsEmptyNonce() {
            assertRejected(validLaunch().with("nonce", "").sign(), NONCE_MISSING);
        }

        @Test
        void rejectsNonceOtherThanTheOneSentAtLogin() {
            assertRejected(validLaunch().with("nonce", "GBNVWnt4qXiBJNx_1oVWwTVhwvj9j-eS").sign(), NONCE_MISMATCH);
        }

        @Test
        void rejectsTheSameTokenPresentedTwice() throws LaunchRejection {
            var idToken = validLaunch().sign();
            accept(idToken);

            assertThatExceptionOfType(LaunchRejection.class)
                    .isThrownBy(() -> accept(idToken))
                    .extracting(LaunchRejection::reason).isEqualTo(NONCE_REPLAYED);
        }

        @Test
        void remembersTheNonceUntilTheTokenCouldNoLongerBeAccepted() throws LaunchRejection {
            accept(validLaunch().sign());

            assertThat(nonces.uses()).containsExactly(
                    new InMemoryNonceLedger.Use(TENANT, NONCE, NOW.plus(MOODLE_TOKEN_LIFETIME).plus(LEEWAY)));
        }

        @Test
        void rejectedLaunchLeavesItsNonceForTheRealOne() throws LaunchRejection {
            assertRejected(validLaunch().with(DEPLOYMENT_ID, "2").sign(), DEPLOYMENT_UNKNOWN);

            assertThat(accept(validLaunch().sign()).subject()).isEqualTo("4");
            assertThat(nonces.uses()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("LTI Core §5.3: the required message claims")
    class MessageClaims {

        @Test
        void rejectsTokenWithoutLtiVersion() {
            assertRejected(validLaunch().without(VERSION).sign(), VERSION_UNSUPPORTED);
        }

        @Test
        void rejectsLti11Version() {
            assertRejected(validLaunch().with(VERSION, "1.1").sign(), VERSION_UNSUPPORTED);
        }

        @Test
        void rejectsTokenWithoutMessageType() {
            assertRejected(validLaunch().without(MESSAGE_TYPE).sign(), MESSAGE_TYPE_UNSUPPORTED);
        }

        @Test
        void rejectsMessageTypeWeDoNotSupport() {
            assertRejected(validLaunch().with(MESSAGE_TYPE, "LtiSubmissionReviewRequest").sign(),
                    MESSAGE_TYPE_UNSUPPORTED);
        }

        @Test
        void rejectsTokenWithoutDeploymentId() {
            assertRejected(validLaunch().without(DEPLOYMENT_ID).sign(), DEPLOYMENT_UNKNOWN);
        }

        @Test
        void rejectsDeploymentTheRegistrationDoesNotKnow() {
            assertRejected(validLaunch().with(DEPLOYMENT_ID, "2").sign(), DEPLOYMENT_UNKNOWN);
        }

        @Test
        void rejectsAnonymousLaunchWithoutSubject() {
            assertRejected(validLaunch().without("sub").sign(), SUBJECT_MISSING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void rejectsBlankSubject(String subject) {
            assertRejected(validLaunch().with("sub", subject).sign(), SUBJECT_MISSING);
        }

        @Test
        void rejectsResourceLinkLaunchWithoutResourceLink() {
            assertRejected(validLaunch().without(RESOURCE_LINK).sign(), RESOURCE_LINK_MISSING);
        }

        @Test
        void rejectsResourceLinkWithoutId() {
            assertRejected(validLaunch().without(RESOURCE_LINK, "id").sign(), RESOURCE_LINK_MISSING);
        }
    }

    @Nested
    @DisplayName("LTI Core §5.3.7: roles")
    class Roles {

        @Test
        void rejectsTokenWithoutRolesClaim() {
            assertRejected(validLaunch().without(ROLES).sign(), ROLES_MISSING);
        }

        @Test
        void acceptsEmptyRolesAsParticipant() throws LaunchRejection {
            var launch = accept(validLaunch().with(ROLES, List.of()).sign());

            assertThat(launch.lisRoles()).isEmpty();
            assertThat(launch.role()).isEqualTo(Role.PARTICIPANT);
        }

        @Test
        void acceptsOnlyUnknownRolesAsParticipant() throws LaunchRejection {
            var launch = accept(validLaunch().with(ROLES, List.of("http://example.org/roles#Visitor")).sign());

            assertThat(launch.role()).isEqualTo(Role.PARTICIPANT);
        }

        @Test
        void makesAnInstructorACoach() throws LaunchRejection {
            assertThat(accept(validLaunch().with(ROLES, List.of(INSTRUCTOR)).sign()).role()).isEqualTo(Role.COACH);
        }

        @Test
        void makesMoodlesSiteAdministratorAnAdmin() throws LaunchRejection {
            var moodleAdminRoles = List.of(
                    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                    INSTRUCTOR,
                    "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator");

            var launch = accept(validLaunch().with(ROLES, moodleAdminRoles).sign());

            assertThat(launch.role()).isEqualTo(Role.ADMIN);
            assertThat(launch.lisRoles()).containsExactlyElementsOf(moodleAdminRoles);
        }
    }

    @Nested
    @DisplayName("Deep Linking 2.0 §4.4: the deep linking request")
    class DeepLinking {

        @Test
        void acceptsMoodlesDeepLinkingRequestWithItsSettings() throws LaunchRejection {
            var launch = accept(validDeepLinkingRequest().sign());

            assertThat(launch.isDeepLinking()).isTrue();
            assertThat(launch.role()).isEqualTo(Role.COACH);
            assertThat(launch.resourceLinkId()).isNull();
            assertThat(launch.deepLinking()).isEqualTo(new Launch.DeepLinking(DEEP_LINK_RETURN_URL,
                    List.of("ltiResourceLink"), List.of("frame", "iframe", "window"), true, null));
        }

        @Test
        void keepsTheOpaqueDataToEchoInTheResponse() throws LaunchRejection {
            var launch = accept(validDeepLinkingRequest().with(DEEP_LINKING_SETTINGS, "data", "csrftoken:c7fbba78").sign());

            assertThat(launch.deepLinking().data()).isEqualTo("csrftoken:c7fbba78");
        }

        @Test
        void readsThatThePlatformAcceptsOnlyOneItem() throws LaunchRejection {
            var launch = accept(validDeepLinkingRequest().with(DEEP_LINKING_SETTINGS, "accept_multiple", false).sign());

            assertThat(launch.deepLinking().acceptMultiple()).isFalse();
        }

        @Test
        void rejectsDeepLinkingRequestWithoutSettings() {
            assertRejected(validDeepLinkingRequest().without(DEEP_LINKING_SETTINGS).sign(), DEEP_LINKING_SETTINGS_MISSING);
        }

        @Test
        void rejectsDeepLinkingSettingsWithoutReturnUrl() {
            assertRejected(validDeepLinkingRequest().without(DEEP_LINKING_SETTINGS, "deep_link_return_url").sign(),
                    DEEP_LINKING_SETTINGS_MISSING);
        }

        @Test
        void rejectsDeepLinkReturnUrlThatIsNotAWebAddress() {
            assertRejected(validDeepLinkingRequest()
                            .with(DEEP_LINKING_SETTINGS, "deep_link_return_url", "javascript:alert(1)").sign(),
                    DEEP_LINKING_SETTINGS_MISSING);
        }
    }

    @Nested
    @DisplayName("claims of the wrong type")
    class WrongTypes {

        static Stream<Arguments> requiredClaimsOfTheWrongType() {
            return Stream.of(
                    arguments(ROLES, LEARNER),
                    arguments(ROLES, List.of(42)),
                    arguments(RESOURCE_LINK, "1"),
                    arguments("nonce", 42),
                    arguments(VERSION, 1.3),
                    arguments(MESSAGE_TYPE, List.of(LtiClaims.RESOURCE_LINK_REQUEST)),
                    arguments(DEPLOYMENT_ID, 1),
                    arguments("azp", List.of(CLIENT_ID)),
                    arguments("iss", List.of(LaunchTokens.ISSUER)),
                    arguments("aud", 42),
                    arguments("exp", "tomorrow"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("requiredClaimsOfTheWrongType")
        void rejectsRequiredClaimOfTheWrongTypeAsMalformed(String claim, Object value) {
            assertRejected(validLaunch().with(claim, value).sign(), TOKEN_MALFORMED);
        }

        static Stream<Arguments> optionalClaimsOfTheWrongType() {
            return Stream.of(
                    arguments(CONTEXT, "2"),
                    arguments(LAUNCH_PRESENTATION, "en"),
                    arguments(CUSTOM, List.of("harness")),
                    arguments("given_name", Map.of("nl", "Deelnemer")),
                    arguments("email", List.of("deelnemer1@example.com")));
        }

        /** These claims are read after the nonce step, see {@link #rejectsOptionalClaimOfTheWrongTypeWithoutUsingUpTheNonce}. */
        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("optionalClaimsOfTheWrongType")
        void rejectsOptionalClaimOfTheWrongTypeAsMalformed(String claim, Object value) {
            assertThatExceptionOfType(LaunchRejection.class)
                    .isThrownBy(() -> accept(validLaunch().with(claim, value).sign()))
                    .extracting(LaunchRejection::reason).isEqualTo(TOKEN_MALFORMED);
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("optionalClaimsOfTheWrongType")
        void rejectsOptionalClaimOfTheWrongTypeWithoutUsingUpTheNonce(String claim, Object value) {
            assertRejected(validLaunch().with(claim, value).sign(), TOKEN_MALFORMED);
        }

        @Test
        void rejectsDeepLinkingSettingsThatAreNotAnObject() {
            assertRejected(validDeepLinkingRequest().with(DEEP_LINKING_SETTINGS, List.of(DEEP_LINK_RETURN_URL)).sign(),
                    TOKEN_MALFORMED);
        }
    }
}
