#!/bin/sh
# Reproduces the "over the rules as first scored unseen" column of README Round 9: builds
# extract-service as it stood when each held-out set was first scored unseen (sets 3, 4, 5:
# the commit that added the set; set 1: the commit before the one that added it with engine
# changes; set 2: the commit that recorded its one run), dumps the warnings
# its rules find on that set, and runs WarningLoso with those dumps. Run from the repository
# root after `./mvnw -B -o -pl extract-service -am -DskipTests package`. Writes under $OUT.
set -e
OUT=${OUT:-/tmp/old-rules}
CORPUS=${CORPUS:-../shared/corpus/kremlin}
ROOT=$(pwd)
mkdir -p "$OUT"
for pair in heldout:58c250a^ heldout2:c94122e heldout3:1579c07 heldout4:1025b67 heldout5:841417e; do
  set=${pair%%:*}; commit=${pair#*:}
  dir="$OUT/$set"
  if [ ! -f "$dir/extract-service/target/extract-service-0.1.0-SNAPSHOT.jar" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    git archive "$commit" | tar -x -C "$dir"
    (cd "$dir" && ./mvnw -B -o -q -pl extract-service -am -DskipTests -Dspring-javaformat.skip=true package)
  fi
  rm -rf "$dir/x"; mkdir -p "$dir/x"
  (cd "$dir/x" && unzip -q ../extract-service/target/extract-service-0.1.0-SNAPSHOT.jar)
  javac -nowarn -d "$dir/x/BOOT-INF/classes" -cp "$dir/x/BOOT-INF/classes:$dir/x/BOOT-INF/lib/*" \
    "$ROOT/extract-service/eval/old-rules/DumpWarnings.java"
  java -Xmx1g -cp "$dir/x/BOOT-INF/classes:$dir/x/BOOT-INF/lib/*" org.kremlinwatch.extract.eval.DumpWarnings \
    "$CORPUS" "$ROOT/extract-service/eval/$set.yml" > "$OUT/$set.tsv"
done
E=extract-service/eval
java -Xmx1g -cp extract-service/target/extract-service-0.1.0-SNAPSHOT.jar \
  -Dloader.main=org.kremlinwatch.extract.eval.WarningLoso org.springframework.boot.loader.launch.PropertiesLauncher \
  --corpus "$CORPUS" --labels $E/labels.yml,$E/heldout.yml,$E/heldout2.yml,$E/heldout3.yml,$E/heldout4.yml,$E/heldout5.yml \
  --objective alone --no-rule-feature \
  --old-rules heldout.yml=$OUT/heldout.tsv,heldout2.yml=$OUT/heldout2.tsv,heldout3.yml=$OUT/heldout3.tsv,heldout4.yml=$OUT/heldout4.tsv,heldout5.yml=$OUT/heldout5.tsv "$@"
