package nl.lon.simulation.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.network.PartnerKind;
import nl.lon.simulation.Signaller;
import nl.lon.simulation.SimulationSettings;

/**
 * Everything chance decides about one case, drawn once when the signal arrives and independent of
 * the profile: two profiles simulated from the same seed see the same signals, the same people and
 * the same delays, so their reports differ only where the profiles do.
 */
final class CaseFate {
  final Signaller signaller;
  final TargetGroup targetGroup;
  final boolean outOfScope;
  final boolean clientInformed;
  final int children;
  final int judgeDays;
  final ImmutableList<PartnerKind> informers;
  final ImmutableList<Integer> responseDays;
  final boolean homeVisit;
  final boolean homeVisitReached;
  final int decideDays;
  final int appointDays;
  final int trajectoryDirector;
  final int scanDays;
  final int pictureDays;
  final int planDays;
  final int careMonths;
  final boolean escalation;
  final int escalationWeeks;
  final boolean escalationResolved;
  final boolean dropsOut;
  final long registrationSeed;

  CaseFate(SimulationSettings settings, SplittableRandom r, int trajectoryDirectors) {
    this.signaller = pick(settings.getSignallerShares(), r);
    this.targetGroup = pick(settings.getTargetGroupShares(), r);
    this.outOfScope = r.nextDouble() < settings.getOutOfScopeShare();
    this.clientInformed = r.nextInt(20) > 2;
    this.children = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
    this.judgeDays = skewed(r, 1, 10);
    List<PartnerKind> candidates =
        new ArrayList<>(
            List.of(
                PartnerKind.POLICE,
                PartnerKind.HOUSING_CORPORATION,
                PartnerKind.SOCIAL_WORK,
                PartnerKind.MENTAL_HEALTH_CARE,
                PartnerKind.ADDICTION_CARE,
                PartnerKind.GGD,
                PartnerKind.MUNICIPALITY));
    signaller.partnerKind().ifPresent(candidates::remove);
    int asked = Math.min(candidates.size(), Math.max(1, settings.getOrganisationsPerCase() - 1));
    List<PartnerKind> chosen = new ArrayList<>();
    List<Integer> days = new ArrayList<>();
    for (int k = 0; k < asked; k++) {
      chosen.add(candidates.remove(r.nextInt(candidates.size())));
      days.add(1 + (int) Math.round(exponential(r, settings.getPartnerResponseDays())));
    }
    this.informers = ImmutableList.copyOf(chosen);
    this.responseDays = ImmutableList.copyOf(days);
    this.homeVisit = r.nextInt(3) == 0;
    this.homeVisitReached = r.nextInt(4) > 0;
    this.decideDays = 1 + r.nextInt(3);
    this.appointDays = skewed(r, 1, 9);
    this.trajectoryDirector = r.nextInt(trajectoryDirectors);
    this.scanDays = 2 + r.nextInt(7);
    this.pictureDays = 1 + r.nextInt(3);
    this.planDays = 1 + r.nextInt(6);
    this.careMonths =
        Math.max(1, (int) Math.round(exponential(r, settings.getCareMonths() - 1) + 1));
    this.escalation = r.nextDouble() < settings.getEscalationShare();
    this.escalationWeeks = 2 + r.nextInt(5);
    this.escalationResolved = r.nextInt(4) > 0;
    this.dropsOut = r.nextDouble() < settings.getDropOutShare();
    this.registrationSeed = r.nextLong();
  }

  /** A whole number of days between {@code min} and {@code max}, the short ones more likely. */
  private static int skewed(SplittableRandom r, int min, int max) {
    double u = r.nextDouble();
    return min + (int) Math.floor(u * u * (max - min + 1));
  }

  private static double exponential(SplittableRandom r, double mean) {
    return -mean * Math.log(1 - r.nextDouble());
  }

  private static <K> K pick(Map<K, Double> weights, SplittableRandom r) {
    double sum = 0;
    for (double w : weights.values()) {
      sum += w;
    }
    double u = r.nextDouble() * sum;
    K last = null;
    for (Map.Entry<K, Double> e : weights.entrySet()) {
      last = e.getKey();
      u -= e.getValue();
      if (u < 0 && e.getValue() > 0) {
        return e.getKey();
      }
    }
    return last;
  }
}
