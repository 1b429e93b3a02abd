#!/bin/sh
# OpenPDF 2.0.5's jar built from its source, where Maven Central cannot be reached (the twenty-seventh
# trial's; tools/make_fixtures_onboarding_twentyseventh.py). Usage:
#   sh tools/openpdf/build_openpdf_jar.sh OPENPDF_GIT_DIR OUT.jar
# OPENPDF_GIT_DIR is a clone of LibrePDF/OpenPDF holding the tag 2.0.5. Its `openpdf` module is compiled
# against Debian's optional dependencies (apt-get install libbcprov-java libbcpkix-java libicu4j-java
# libfop-java), its resources put beside the classes, and `version.properties` filtered as Maven's
# build filters it, so that the PDFs say "OpenPDF 2.0.5" as the released jar's do.
set -eu
src="$1"; out="$2"; work=$(mktemp -d)
git --git-dir="$src" archive 2.0.5 openpdf/src/main | tar -x -C "$work"
find "$work/openpdf/src/main/java" -name '*.java' > "$work/sources.txt"
mkdir "$work/classes"
j=/usr/share/java
javac -nowarn -encoding UTF-8 -d "$work/classes" \
  -cp "$j/bcprov.jar:$j/bcpkix.jar:$j/bcutil.jar:$j/icu4j.jar:$j/fop.jar" @"$work/sources.txt"
cp -r "$work/openpdf/src/main/resources/." "$work/classes/"
echo "bundleVersion=2.0.5" > "$work/classes/com/lowagie/text/version.properties"
jar cf "$out" -C "$work/classes" .
rm -rf "$work"
