package nl.lon.persistence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The batch fingerprint's digest of an event with its sequence and recording instant taken out is
 * byte for byte the digest of the two replacements it stands for, for every text: stored
 * fingerprints stay valid.
 */
class FingerprintDigestProperties {

  private static final String SEQUENCE = "\"sequence\":12,";
  private static final String RECORDED = "\"recordedAt\":\"2026-03-02T09:15:00Z\"";

  private static byte[] reference(String text, String first, String second) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update(text.replace(first, "").replace(second, "").getBytes(StandardCharsets.UTF_8));
    return d.digest();
  }

  private static byte[] fast(String text, String first, String second) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    StreamAppend.digestWithout(d, text, first, second);
    return d.digest();
  }

  @Property(tries = 5000)
  void digestWithout_anyTextOfThePiecesThatMatter_sameAsTheReplacements(
      @ForAll("eventLike") String text) throws Exception {
    assertArrayEquals(reference(text, SEQUENCE, RECORDED), fast(text, SEQUENCE, RECORDED), text);
  }

  @Property(tries = 3000)
  void digestWithout_shortPatternsInShortTexts_sameAsTheReplacements(
      @ForAll("tiny") String text,
      @ForAll("tinyPattern") String first,
      @ForAll("tinyPattern") String second)
      throws Exception {
    assertArrayEquals(reference(text, first, second), fast(text, first, second), text);
  }

  /** Texts made of the patterns, pieces of them, JSON punctuation, non-ASCII and surrogates. */
  @Provide
  Arbitrary<String> eventLike() {
    List<String> pieces =
        List.of(
            SEQUENCE,
            RECORDED,
            "\"sequence\":1",
            "\"recordedAt\":\"",
            "2026-03-02T09:15:00Z\"",
            "{\"schema\":1,\"type\":\"PLAN_ADOPTED\",\"caseId\":\"c-1\",",
            "\"businessDate\":\"2026-03-02\",",
            "\"actor\":\"p-1\",\"data\":{\"summary\":\"",
            "é",
            "\uD83D\uDE00",
            "\uD83D",
            "\uDE00",
            "\\\"",
            ",",
            "\"",
            "}");
    return Arbitraries.of(pieces).list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> tiny() {
    return Arbitraries.strings().withChars("ab,\uD800\uDC00é").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> tinyPattern() {
    return Arbitraries.strings().withChars("ab,").ofMinLength(1).ofMaxLength(3);
  }
}
