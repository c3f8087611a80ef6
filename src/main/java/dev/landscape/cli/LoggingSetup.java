package dev.landscape.cli;

import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Configures logging once, before the first logger is made: SLF4J's simple binding to standard error, and
 * java.util.logging (MALLET's) routed into it, so MALLET's per-iteration chatter is hidden unless {@code --verbose}.
 */
final class LoggingSetup {
  private static boolean configured;

  private LoggingSetup() {}

  static synchronized void configure(boolean verbose, boolean quiet) {
    if (configured) {
      return;
    }
    configured = true;
    setDefault("org.slf4j.simpleLogger.logFile", "System.err");
    setDefault("org.slf4j.simpleLogger.showThreadName", "false");
    setDefault("org.slf4j.simpleLogger.showLogName", "false");
    setDefault("org.slf4j.simpleLogger.levelInBrackets", "true");
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : quiet ? "error" : "info");
    setDefault("org.slf4j.simpleLogger.log.cc.mallet", verbose ? "info" : "warn");
    // POI logs a failed write with its stack trace before it throws; the error it throws is ours to report, in one
    // line (a full disk while the deck was written printed 28 lines, issue 36).
    setDefault("org.slf4j.simpleLogger.log.org.apache.poi", verbose ? "debug" : "off");
    // MALLET's MalletLogger re-reads the global JUL configuration when it loads unless one of these properties is
    // set; setting it keeps our bridge in place.
    setDefault("java.util.logging.config.class", JulBridge.class.getName());
    LogManager.getLogManager().reset();
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Named by {@code java.util.logging.config.class}: JUL instantiates it instead of reading a file. */
  public static final class JulBridge {
    public JulBridge() {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
  }
}
