# Groeipad: LTI 1.3 tool on Payara Micro 7 (Jakarta EE 11) and Java 25.
#
#   docker build -t groeipad .
#   docker run -p 8080:8080 -v groeipad-data:/app/data \
#     -e GROEIPAD_PUBLIC_BASE_URL=https://groeipad.example.org \
#     -e GROEIPAD_ADMIN_SECRET=<at least 16 characters> groeipad
#
# Configuration comes only from environment variables (MicroProfile Config maps groeipad.db.url to
# GROEIPAD_DB_URL, and so on). Without any, Groeipad uses an embedded H2 file database in /app/data.
#
#   GROEIPAD_DB_URL                       jdbc:mysql://db:3306/groeipad (MySQL 8 / MariaDB 10.11)
#   GROEIPAD_DB_DATASOURCE_CLASS          com.mysql.cj.jdbc.MysqlDataSource (for MySQL/MariaDB)
#   GROEIPAD_DB_USER, GROEIPAD_DB_PASSWORD
#   GROEIPAD_PUBLIC_BASE_URL              https://groeipad.example.org — always set it behind a reverse proxy
#                                         that terminates TLS; the LMS-facing URLs and cookie flags come from it.
#                                         Port 8080 speaks HTTP/1.1 only (no h2c); HTTP/2 to browsers is the proxy's
#   GROEIPAD_ADMIN_SECRET                 operator secret for /admin/ and /api/v1/admin/*; empty = generated on
#                                         first start and printed once to the log
#   GROEIPAD_REGISTRATION_ALLOWED_HOSTS   hosts that may use LTI Dynamic Registration: moodle.example.org,
#                                         *.example.org, or * for any; empty = none
#   GROEIPAD_FRAME_ANCESTORS              CSP frame-ancestors, e.g. https://moodle.example.org (default: 'self' and the
#                                         registered platforms' origins)
#   GROEIPAD_DEMO_ENABLED                 true turns on the built-in demo platform at /demo (off here)
#
# Extra JVM flags: JAVA_TOOL_OPTIONS. Payara Micro unpacks its runtime into /tmp at start, so with a
# read-only root file system mount a writable /tmp.

# ---- build ---------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build

# A local repository inside the image layer, so the dependency layer below is cached by Docker.
ENV MAVEN_ARGS="-B -Dmaven.repo.local=/build/.m2/repository"

# Dependencies first: this layer is rebuilt only when pom.xml changes. Best effort: whatever it misses
# (plugins resolve some artifacts only when they run) the package step downloads.
# Keep PAYARA_VERSION in step with payara.version in pom.xml (a mismatch only costs the cache).
ARG PAYARA_VERSION=7.2026.11
COPY pom.xml ./
RUN mvn -q dependency:go-offline \
 && mvn -q dependency:get -Dartifact=fish.payara.extras:payara-micro:${PAYARA_VERSION} -Dtransitive=false \
 || echo "dependency pre-fetch incomplete; the package step downloads the rest"

COPY src ./src
COPY themes ./themes
# The build uses the JDK it runs on (this image's Temurin 25).
RUN mvn -DskipTests -DskipITs package

# ---- run -----------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

# curl for the health check only (the Temurin JRE image has neither curl nor wget).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --gid 10001 groeipad \
 && useradd --uid 10001 --gid 10001 --create-home --home-dir /home/groeipad --shell /usr/sbin/nologin groeipad

WORKDIR /app
# The default H2 database lives in ./data of the working directory: /app/data.
RUN mkdir -p /app/data && chown 10001:10001 /app/data
COPY --from=build /build/target/groeipad-microbundle.jar /app/groeipad-microbundle.jar
# The licence and the notices of the bundled third-party software go with every copy.
COPY LICENSE THIRD-PARTY-NOTICES /app/

ENV GROEIPAD_DEMO_ENABLED=false

USER 10001:10001
VOLUME ["/app/data"]
EXPOSE 8080

# Ready when the database answers (MicroProfile Health). Start-up took 13–16 s on 2 cores, plus Flyway's
# migrations on a new database; the start period is generous.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/ready || exit 1

# A start that hangs cannot stay: the bundle's start-up watchdog exits with status 3 when /health/ready has not
# answered 200 within GROEIPAD_STARTUP_TIMEOUT_SECONDS (printing a thread dump first). Docker's health check
# only marks a container unhealthy; run it with a restart policy (docker run --restart on-failure, or
# restart: unless-stopped in Compose) so that such an exit starts it again.
ENV GROEIPAD_STARTUP_TIMEOUT_SECONDS=300

# Clustering: every shared thing (login states, nonces, keys, registrations) is in the database, so several
# containers started with --nohazelcast behind a load balancer need nothing more than one shared MySQL/MariaDB
# database (not the embedded H2). To form Payara's Hazelcast data grid anyway, replace "--nohazelcast" with
# explicit TCP/IP members (never multicast), for example
#   "--clustername","groeipad","--clustermode","tcpip:10.0.0.11:6900,10.0.0.12:6900",
#   "--interfaces","<this container's IP>","--startport","6900","--nohostaware"
# plus -Dhazelcast.socket.bind.any=false in JAVA_TOOL_OPTIONS, and open the data-grid port (--startport) between
# the nodes.
# The JVM options of the README's run command (see README "Performance"; their one source is groeipad.jvm.options in
# pom.xml, RunCommandTest checks this line): a small serial-collected heap, only the JIT's quick compiler (C1: on two
# cores the optimizing compiler was still compiling, and slowing requests, minutes after a start), a 64 MB code cache
# and compact object headers; MALLOC_ARENA_MAX=2 keeps glibc from giving every busy thread its own malloc arena.
# On four or more cores under sustained load, dropping -XX:TieredStopAtLevel=1 buys throughput for a slower start.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java","-XX:+UseSerialGC","-Xms48m","-Xmx160m","-Xmn48m","-XX:TieredStopAtLevel=1","-XX:ReservedCodeCacheSize=64m","-XX:+UseCompactObjectHeaders","-jar","/app/groeipad-microbundle.jar","--port","8080","--disablephonehome","--nohazelcast"]
