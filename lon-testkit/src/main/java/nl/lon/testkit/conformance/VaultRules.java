package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.testkit.sample.SamplePersonalData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Rules V1 and V2: put stores atomically under its case, get returns what was put last. */
abstract class VaultRules extends VaultGroup {

  /** V1/V2: what is put is got back equal. */
  @Test
  void v1_put_thenGetReturnsTheData() {
    ClientNumber c = client("v1");
    CaseId k = caseOf("v1");
    for (int i = 0; i < 2; i++) {
      ClientNumber who = ClientNumber.of(c.getValue() + "-" + i);
      vault.put(n1, who, k, SamplePersonalData.of(i));
      assertEquals(
          Optional.of(SamplePersonalData.of(i)),
          vault.get(n1, who, k),
          "V2: get returns the data put" + (i % 2 == 1 ? " (without optional fields)" : ""));
      assertTrue(vault.contains(n1, who, k), "V2: contains is true after put");
    }
  }

  /** V1: a second put replaces the data. */
  @Test
  void v1_putAgain_replacesTheData() {
    ClientNumber c = client("v1-replace");
    CaseId k = caseOf("v1-replace");
    vault.put(n1, c, k, SamplePersonalData.of(1));
    vault.put(n1, c, k, SamplePersonalData.of(2));
    assertEquals(
        Optional.of(SamplePersonalData.of(2)),
        vault.get(n1, c, k),
        "V1: put replaces earlier data of the case");
  }

  /** V1: concurrent readers see the old or the new data, never a mix. */
  @Test
  void v1_stochastic_concurrentPutsAndGets_seeWholeValues() {
    Assumptions.assumeTrue(
        capabilities().supportsConcurrentWriters(), capabilities().concurrentWritersSkip("V1"));
    ClientNumber c = client("v1-race");
    CaseId k = caseOf("v1-race");
    Set<PersonalData> written = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      written.add(SamplePersonalData.of(i));
    }
    vault.put(n1, c, k, SamplePersonalData.of(0));
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      tasks.add(
          () -> {
            List<String> torn = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
              if (thread < 2) {
                vault.put(n1, c, k, SamplePersonalData.of((i * 2 + thread) % 40));
              } else {
                Optional<PersonalData> got = vault.get(n1, c, k);
                if (got.isEmpty() || !written.contains(got.get())) {
                  torn.add(got.isEmpty() ? "empty" : "a mix of two puts");
                }
              }
            }
            return torn;
          });
    }
    List<List<String>> results;
    try (Race race = new Race(4, "v1")) {
      results = race.all(tasks);
    }
    for (List<String> torn : results) {
      assertTrue(
          torn.isEmpty(), "V1: a get during puts saw " + (torn.isEmpty() ? "" : torn.get(0)));
    }
  }

  /** V2: an unknown client is empty and not contained. */
  @Test
  void v2_unknownClient_isEmptyAndNotContained() {
    ClientNumber c = client("v2-unknown");
    CaseId k = caseOf("v2-unknown");
    assertEquals(Optional.empty(), vault.get(n1, c, k), "V2: get of an unknown client is empty");
    assertFalse(vault.contains(n1, c, k), "V2: contains of an unknown client is false");
  }

  /** V2: the same client number in two networks names two entries. */
  @Test
  void v2_sameClientNumberInTwoNetworks_areSeparateEntries() {
    Assumptions.assumeTrue(
        capabilities().supportsMultipleNetworks(), capabilities().multipleNetworksSkip("V2"));
    ClientNumber c = client("v2-networks");
    CaseId k = caseOf("v2-networks");
    vault.put(n1, c, k, SamplePersonalData.of(1));
    assertEquals(Optional.empty(), vault.get(n2, c, k), "V2: entries are keyed by network too");
    vault.put(n2, c, k, SamplePersonalData.of(2));
    assertEquals(
        Optional.of(SamplePersonalData.of(1)), vault.get(n1, c, k), "V2: keyed by network");
    assertEquals(
        Optional.of(SamplePersonalData.of(2)), vault.get(n2, c, k), "V2: keyed by network");
    assertTrue(vault.erase(n2, c), "V3: erase in the second network");
    assertEquals(
        Optional.of(SamplePersonalData.of(1)),
        vault.get(n1, c, k),
        "V3: erasing in one network leaves the other network's entry");
  }

  /**
   * V1/V2: the data given with one case of a client are not read, nor replaced, through another
   * case of that client: a second case opened under a known client number learns nothing.
   */
  @Test
  void v2_twoCasesOfOneClient_areSeparateEntries() {
    ClientNumber c = client("v2-cases");
    CaseId first = caseOf("v2-cases-first");
    CaseId second = caseOf("v2-cases-second");
    vault.put(n1, c, first, SamplePersonalData.of(1));
    assertEquals(
        Optional.empty(),
        vault.get(n1, c, second),
        "V2: another case of the same client must not read the first case's data");
    assertFalse(
        vault.contains(n1, c, second), "V2: contains of another case of the client is false");
    vault.put(n1, c, second, SamplePersonalData.of(2));
    assertEquals(
        Optional.of(SamplePersonalData.of(1)),
        vault.get(n1, c, first),
        "V1: a put under another case of the client must not replace the first case's data");
    assertEquals(Optional.of(SamplePersonalData.of(2)), vault.get(n1, c, second), "V2: by case");
  }

  /** V2: the same case id under another client number names another entry. */
  @Test
  void v2_sameCaseUnderAnotherClient_isAnotherEntry() {
    CaseId k = caseOf("v2-clients");
    vault.put(n1, client("v2-clients-a"), k, SamplePersonalData.of(1));
    assertEquals(
        Optional.empty(),
        vault.get(n1, client("v2-clients-b"), k),
        "V2: entries are keyed by client number as well as case");
  }
}
