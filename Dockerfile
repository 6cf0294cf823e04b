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
# The image always names its PostgreSQL, so it carries no embedded PostgreSQL binaries.
RUN ./mvnw -B -DskipTests -DskipEmbeddedPostgres package && cp target/breakeven-*.jar /src/app.jar

# Run: a JRE as an unprivileged user, against the PostgreSQL named by the environment.
FROM eclipse-temurin:25-jre
RUN groupadd --system breakeven && useradd --system --gid breakeven --home-dir /app breakeven
WORKDIR /app
COPY --from=build /src/app.jar app.jar
USER breakeven
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD;
# BREAKEVEN_ADMIN_PASSWORD chooses the first admin's password (else it is printed once),
# and BREAKEVEN_SECURE_COOKIES=true belongs behind HTTPS.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
