package nl.lon.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkYearSimulationTest {

  static List<MethodologyProfile> presets() {
    return List.of(
        MethodologyProfile.rotterdam(),
        MethodologyProfile.enschede(),
        MethodologyProfile.leeuwarden());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void aYearOfEachPreset_playsEveryActWithoutARefusal(MethodologyProfile profile) {
    SimulationReport r =
        NetworkYearSimulation.run(SimulationSettings.builder().profile(profile).build());
    System.out.println(
        profile.getId()
            + " signals="
            + r.getSignals()
            + " oos="
            + r.getOutOfScope()
            + " closures="
            + r.getClosures()
            + " open="
            + r.getOpenAtEnd()
            + " td="
            + r.getTrajectoryDirectorCaseload()
            + " tdPeak="
            + r.getTrajectoryDirectorPeak()
            + " nd="
            + r.getNetworkDirectorCaseload()
            + " ndPeak="
            + r.getNetworkDirectorPeak()
            + " esc="
            + r.getEscalations()
            + " outcomes="
            + r.getEscalationOutcomes()
            + " dropouts="
            + r.getDropOutsAtFollowUp()
            + " reopened="
            + r.getReopenedAfterFollowUp()
            + " acts="
            + r.getActs()
            + " perCaseMonth="
            + r.getActsPerCaseMonth()
            + " events="
            + r.getEvents()
            + " audit="
            + r.getAuditRecords()
            + " deadlines="
            + r.getFigures().getDeadlines()
            + " refusals="
            + r.getRefusals());
    assertEquals(List.of(), r.getRefusals());
    assertTrue(r.getSignals() > 40, "about 75 signals a year in 30,000 inhabitants");
  }
}
