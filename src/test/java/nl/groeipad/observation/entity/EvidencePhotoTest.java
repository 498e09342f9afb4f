package nl.groeipad.observation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.groeipad.platform.entity.PhotoBytes;
import nl.groeipad.platform.entity.Problems.Conflict;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Problems.TooLarge;
import org.junit.jupiter.api.Test;

/**
 * Evidence photos of an observation: the same rules as task photos (JPEG, PNG or WebP by their first bytes, at most
 * 2 MB — too large is 413), taken in a situation of the observation (optionally for one of its behaviours) while it
 * is open, at most 30, and a replayed key answers the photo stored the first time.
 */
class EvidencePhotoTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
    static final Instant NOW = Instant.parse("2026-03-02T09:00:01.250Z");

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (InvalidField e) {
            return e.field();
        }
        return null;
    }

    @Test
    void aPhotoIsAJpegPngOrWebpByItsFirstBytes_neverByWhatTheSenderClaims() {
        assertThat(EvidencePhoto.of(PNG).mediaType()).isEqualTo("image/png");
        assertThat(EvidencePhoto.of(JPEG).mediaType()).isEqualTo("image/jpeg");
        assertThat(EvidencePhoto.of(WEBP).mediaType()).isEqualTo("image/webp");
        assertThat(field(() -> EvidencePhoto.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("photo");
        assertThat(field(() -> EvidencePhoto.of(new byte[0]))).isEqualTo("photo");
        assertThat(field(() -> EvidencePhoto.of(null))).isEqualTo("photo");
    }

    @Test
    void atMostTwoMegabytes_moreIsTooLarge413() {
        var exactly = new byte[EvidencePhoto.MAX_BYTES];
        System.arraycopy(PNG, 0, exactly, 0, PNG.length);
        assertThat(EvidencePhoto.of(exactly).size()).isEqualTo(2 * 1024 * 1024);
        var over = new byte[EvidencePhoto.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, over, 0, PNG.length);
        assertThatThrownBy(() -> EvidencePhoto.of(over)).isInstanceOfSatisfying(TooLarge.class,
                e -> assertThat(e.type()).isEqualTo("too-large"));
    }

    @Test
    void theOneRuleOfPhotos_theSameAsTaskPhotos() {
        assertThat(EvidencePhoto.MAX_BYTES).isEqualTo(PhotoBytes.MAX_BYTES);
        for (var bytes : List.of(PNG, JPEG, WEBP)) {
            assertThat(EvidencePhoto.of(bytes).mediaType()).isEqualTo(PhotoBytes.sniff(bytes));
        }
    }

    @Test
    void takenInASituationOfTheObservation_optionallyForOneOfItsBehaviours() {
        var o = ObservationTest.observation();
        var s1 = o.situations().getFirst().id();
        var photo = o.addPhoto(EvidencePhoto.of(PNG), s1, "i2", Entries.LEAD, 0, NOW, null);
        assertThat(photo.info()).satisfies(i -> {
            assertThat(i.situationId()).isEqualTo(s1);
            assertThat(i.indicatorId()).isEqualTo("i2");
            assertThat(i.observerId()).isEqualTo(Entries.LEAD);
            assertThat(i.mediaType()).isEqualTo("image/png");
            assertThat(i.size()).isEqualTo(PNG.length);
            assertThat(i.takenAt()).isEqualTo(Instant.parse("2026-03-02T09:00:01Z"));
        });
        assertThat(photo.content()).isEqualTo(PNG);
        assertThat(o.addPhoto(EvidencePhoto.of(PNG), s1, " ", Entries.LEAD, 1, NOW, null).info().indicatorId()).isNull();
        assertThat(field(() -> o.addPhoto(EvidencePhoto.of(PNG), "elsewhere", null, Entries.LEAD, 0, NOW, null)))
                .isEqualTo("situationId");
        assertThat(field(() -> o.addPhoto(EvidencePhoto.of(PNG), s1, "i9", Entries.LEAD, 0, NOW, null)))
                .isEqualTo("indicatorId");
        assertThat(field(() -> o.addPhoto(EvidencePhoto.of(PNG), s1, null, Entries.LEAD, 0, NOW, "not-a-uuid")))
                .isEqualTo("key");
    }

    @Test
    void atMostThirtyPhotos_andNoneAfterConcluding() {
        var o = ObservationTest.observation();
        var s1 = o.situations().getFirst().id();
        assertThatThrownBy(() -> o.addPhoto(EvidencePhoto.of(PNG), s1, null, Entries.LEAD, Observation.MAX_PHOTOS, NOW, null))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("photos-full"));
        o.conclude(List.of(), ObservationTest.TODAY, true, "Vroeg", null, null, Entries.LEAD, NOW);
        assertThatThrownBy(() -> o.addPhoto(EvidencePhoto.of(PNG), s1, null, Entries.LEAD, 0, NOW, null))
                .isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.type()).isEqualTo("observation-concluded"));
    }

    @Test
    void aPhotoDoesNotMakeAnotherCoachTheSecondObserver() {
        var o = ObservationTest.observation();
        o.addPhoto(EvidencePhoto.of(PNG), o.situations().getFirst().id(), null, Entries.SECOND, 0, NOW, null);
        assertThat(o.secondObserverId()).isNull();
    }

    @Test
    void aReplayedKeyAnswersThePhotoStoredTheFirstTime_anotherPhotoOrPlaceIs409() {
        var o = ObservationTest.observation();
        var s1 = o.situations().getFirst().id();
        var s2 = o.situations().get(1).id();
        var key = UUID.randomUUID().toString().toUpperCase();
        var stored = o.addPhoto(EvidencePhoto.of(PNG), s1, "i1", Entries.LEAD, 0, NOW, key);
        assertThat(stored.replay(o.id(), s1, "i1", Entries.LEAD, EvidencePhoto.of(PNG))).isSameAs(stored);
        for (Runnable other : List.<Runnable>of(
                () -> stored.replay(o.id(), s1, "i1", Entries.LEAD, EvidencePhoto.of(JPEG)),
                () -> stored.replay(o.id(), s2, "i1", Entries.LEAD, EvidencePhoto.of(PNG)),
                () -> stored.replay(o.id(), s1, null, Entries.LEAD, EvidencePhoto.of(PNG)),
                () -> stored.replay(o.id(), s1, "i1", Entries.SECOND, EvidencePhoto.of(PNG)),
                () -> stored.replay("another-observation", s1, "i1", Entries.LEAD, EvidencePhoto.of(PNG)))) {
            assertThatThrownBy(other::run).isInstanceOfSatisfying(Conflict.class,
                    c -> assertThat(c.type()).isEqualTo("idempotency-key-reused"));
        }
    }
}
