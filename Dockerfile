# Build: JDK 25 and Node 24 (fetched from the npm registry by scripts/install-node.sh).
FROM eclipse-temurin:25-jdk AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY scripts scripts
RUN bash scripts/install-node.sh
COPY db db
COPY frontend frontend
COPY src src
# The jar keeps the embedded PostgreSQL binaries: the training run below starts the app on a
# throwaway embedded database. In use the image always names its PostgreSQL.
RUN ./mvnw -B -DskipTests package && cp target/breakeven-*.jar /src/app.jar
# Spring Boot's extracted layout (app.jar beside lib/): what the JDK's AOT cache needs.
RUN java -Djarmode=tools -jar /src/app.jar extract --destination /src/app

# Run: a JRE as an unprivileged user, against the PostgreSQL named by the environment.
FROM eclipse-temurin:25-jre
RUN groupadd --system breakeven && useradd --system --gid breakeven --home-dir /app breakeven
WORKDIR /app
COPY --from=build --chown=breakeven:breakeven /src/app /app
USER breakeven
# One training run on this very JVM: the app starts on a throwaway embedded PostgreSQL, stops
# once started, and the JVM records the classes it loaded and linked (JEP 483/514/515). Starts
# then take about 9 s rather than 21 s on 2 cores (README, "Start time").
RUN java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh \
        -Dbreakeven.database.ephemeral=true -jar /app/app.jar > /tmp/training.log 2>&1 \
    || (tail -50 /tmp/training.log; exit 1)
EXPOSE 8080 9090
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD;
# BREAKEVEN_ADMIN_PASSWORD chooses the first admin's password (else it is printed once),
# and BREAKEVEN_SECURE_COOKIES=true belongs behind HTTPS. Health and metrics listen on 9090,
# on the container's loopback unless BREAKEVEN_MANAGEMENT_ADDRESS=0.0.0.0 (then keep 9090
# off the public network).
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
