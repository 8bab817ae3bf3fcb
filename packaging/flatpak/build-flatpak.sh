#!/usr/bin/env bash
# Build the Flatpak from the Linux bundle (packaging/build.sh linux first) into a single file,
# dist/wellness-journal-VERSION.flatpak, which an agency can install without a repository:
#   flatpak install --user dist/wellness-journal-VERSION.flatpak
# Needs flatpak and flatpak-builder, and the freedesktop runtime and SDK 24.08 from Flathub
# (installed with --install-deps-from=flathub, which needs the network).
set -euo pipefail
cd "$(dirname "$0")/../.."
id=org.wellnessjournal.WellnessJournal
version=$(python3 -c 'import sys; sys.path.insert(0, "src"); from wellness_journal import __version__; print(__version__)')
test -x dist/wellness-journal/wellness-journal || {
    echo "build the bundle first: packaging/build.sh linux" >&2
    exit 1
}
flatpak remote-add --user --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo
flatpak-builder --user --force-clean --install-deps-from=flathub --repo=build/flatpak-repo \
    build/flatpak-build "packaging/flatpak/$id.yml"
flatpak build-bundle build/flatpak-repo "dist/wellness-journal-$version.flatpak" "$id"
python3 packaging/sums.py dist/SHA256SUMS-flatpak.txt "dist/wellness-journal-$version.flatpak"
