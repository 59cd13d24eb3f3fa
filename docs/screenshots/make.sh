#!/usr/bin/env bash
# Makes the README screenshots (main window light and dark, a dialog, the inspector) under Xvfb with the
# real GTK glass and software rendering, into docs/screenshots/. Needs xvfb-run (apt-get install xvfb xauth).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$PWD/docs/screenshots"
if [ -z "${JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/*25*; do [ -x "$candidate/bin/java" ] && JAVA_HOME=$candidate && break; done
fi
export JAVA_HOME
./mvnw -B -q install -DskipTests
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -q -pl app test -Dtest=ScreenshotsTest \
  -Droster.screenshots="$out" -Dheadless.argLine="-Dprism.order=sw -Dtestfx.robot=glass -Dprism.lcdtext=false"
ls -l "$out"/*.png
