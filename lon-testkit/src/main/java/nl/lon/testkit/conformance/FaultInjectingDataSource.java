package nl.lon.testkit.conformance;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose {@code step}-th storage operation fails, for rule U4 of {@link
 * StoresConformance} on any JDBC adapter (storingen injecteren).
 *
 * <p>Counts, over every connection it hands out, each statement execution ({@code execute}, {@code
 * executeQuery}, {@code executeUpdate}, {@code executeBatch}, {@code executeLargeUpdate}) and each
 * {@code commit}; the {@code step}-th of them throws an {@link SQLException} with SQLState {@code
 * 08006} (connection failure) instead of reaching the database, as a dropped connection or a
 * crashed server would. Every later operation goes through, so a retrying adapter is not stuck.
 * Everything else is passed on unchanged.
 *
 * <pre>{@code
 * Stores failing = JdbcStores.withoutMigration(new FaultInjectingDataSource(dataSource, 3));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Thread-safe.
 *
 * @since 0.2
 */
public final class FaultInjectingDataSource implements DataSource {

  private final DataSource target;
  private final int step;
  private final AtomicInteger operations = new AtomicInteger();

  /**
   * Wraps a data source.
   *
   * @param target the real data source
   * @param step which operation fails, 1 or more
   */
  public FaultInjectingDataSource(DataSource target, int step) {
    if (target == null || step < 1) {
      throw new IllegalArgumentException("give a data source and a step of 1 or more");
    }
    this.target = target;
    this.step = step;
  }

  /**
   * How many operations were counted so far.
   *
   * @return 0 or more
   */
  public int operations() {
    return operations.get();
  }

  private void count() throws SQLException {
    if (operations.incrementAndGet() == step) {
      throw new SQLException("fault injected at storage operation " + step, "08006");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(target.getConnection(username, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            count();
          }
          Object result = invoke(connection, method, args);
          if (result instanceof Statement && method.getName().startsWith("prepare")
              || result instanceof Statement && method.getName().equals("createStatement")) {
            return wrapStatement((Statement) result, method.getReturnType());
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            FaultInjectingDataSource.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            handler);
  }

  private Object wrapStatement(Statement statement, Class<?> type) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute")) {
            count();
          }
          return invoke(statement, method, args);
        };
    return Proxy.newProxyInstance(
        FaultInjectingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
