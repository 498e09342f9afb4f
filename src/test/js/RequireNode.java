/// Runs before the front-end unit tests (`mvn verify`, exec-maven-plugin): Node.js 20.19 or newer must be on the
/// PATH, because Node's own test runner (`node --test`) runs them and imports the browser modules of
/// `src/main/webapp` as ES modules (syntax detection, on by default since Node 20.19). Without it the build stops
/// here with a message that says what to do, instead of a bare "Cannot run program".
void main() throws Exception {
    String version;
    try {
        var node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        version = new String(node.getInputStream().readAllBytes()).trim();
        node.waitFor();
    } catch (java.io.IOException missing) {
        fail("Node.js was not found on the PATH.");
        return;
    }
    var parts = version.replaceFirst("^v", "").split("\\.");
    int major = Integer.parseInt(parts[0]);
    int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    if (major < 20 || (major == 20 && minor < 19)) {
        fail("Node.js " + version + " is too old: 20.19 or newer is needed.");
        return;
    }
    IO.println("Node.js " + version + " runs the front-end unit tests (src/test/js).");
}

void fail(String why) {
    System.err.println("""
            [ERROR] %s
            [ERROR] The front-end unit tests (src/test/js, node --test) need Node.js 20.19 or newer.
            [ERROR] Install it (Debian/Ubuntu: apt-get install nodejs) or skip these tests with -DskipJsTests.""".formatted(why));
    System.exit(1);
}
