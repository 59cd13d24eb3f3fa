# Sourced by ./mvnw, ./roster and .ci/run: makes JAVA_HOME a JDK 25. Keeps JAVA_HOME when it already is
# one; otherwise takes the first JDK 25 in the usual install folders (Debian/Ubuntu, Temurin, macOS).
roster_is_jdk25() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && "$1/bin/java" -version 2>&1 | grep -q 'version "25'; }
if [ -z "${JAVA_HOME:-}" ] || ! roster_is_jdk25 "$JAVA_HOME"; then
  # ./mvnw runs with globbing off (set -f); the search needs it for a moment.
  case $- in *f*) roster_noglob=1; set +f ;; *) roster_noglob= ;; esac
  for roster_candidate in /usr/lib/jvm/*25* /opt/java/*25* /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if roster_is_jdk25 "$roster_candidate"; then
      JAVA_HOME=$roster_candidate
      export JAVA_HOME
      break
    fi
  done
  if [ -n "$roster_noglob" ]; then set -f; fi
fi
if [ -z "${JAVA_HOME:-}" ] || ! roster_is_jdk25 "$JAVA_HOME"; then
  echo "Roster needs JDK 25: install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
  exit 1
fi
