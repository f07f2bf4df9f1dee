package nl.lon.testkit.broken;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs nested groups of the kit, bound to one implementation, and records each test's outcome. */
final class KitRun {

  /** Failed tests by method name, with the failure. */
  final Map<String, Throwable> failed = new LinkedHashMap<>();

  /** Passed tests by method name. */
  final TreeSet<String> passed = new TreeSet<>();

  /** Skipped or aborted tests by method name, with the reason. */
  final Map<String, String> skipped = new LinkedHashMap<>();

  private KitRun() {}

  /** Runs the given nested groups of the kit class {@code bound}. */
  static KitRun of(Class<?> bound, Class<?>... groups) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (Class<?> group : groups) {
      selectors.add(selectNestedClass(List.of(bound), group));
    }
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .build();
    KitRun run = new KitRun();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        request,
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
              result.getThrowable().ifPresent(t -> run.failed.put(id.getDisplayName(), t));
              return;
            }
            String name = name(id);
            switch (result.getStatus()) {
              case SUCCESSFUL:
                run.passed.add(name);
                break;
              case ABORTED:
                run.skipped.put(name, result.getThrowable().map(Throwable::getMessage).orElse(""));
                break;
              default:
                run.failed.put(name, result.getThrowable().orElse(new AssertionError("failed")));
            }
          }

          @Override
          public void executionSkipped(TestIdentifier id, String reason) {
            run.skipped.put(name(id), reason);
          }
        });
    return run;
  }

  private static String name(TestIdentifier id) {
    return id.getSource()
        .filter(MethodSource.class::isInstance)
        .map(s -> ((MethodSource) s).getMethodName())
        .orElse(id.getDisplayName());
  }

  /** The names of all tests that ran or were skipped. */
  TreeSet<String> all() {
    TreeSet<String> all = new TreeSet<>(passed);
    all.addAll(failed.keySet());
    all.addAll(skipped.keySet());
    return all;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("passed ").append(passed).append('\n');
    failed.forEach((k, v) -> b.append("FAILED ").append(k).append(": ").append(v).append('\n'));
    skipped.forEach((k, v) -> b.append("skipped ").append(k).append(": ").append(v).append('\n'));
    return b.toString();
  }
}
