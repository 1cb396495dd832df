# Builds the release `precis` the same way for every script, and prints the binary's path:
#
#   source Scripts/release-build.sh      # from the repository root
#   precis=$(release_build)
#
# On Linux the Swift runtime and Foundation are linked into the binary (--static-swift-stdlib):
# it runs without the toolchain's libraries and starts in about 10 ms instead of 17 (measured
# with `precis --version`). One configuration for all scripts matters: building with other
# flags recompiles everything.
release_flags() {
    if [ "$(uname -s)" = Linux ]; then echo --static-swift-stdlib; fi
}

release_build() {
    swift build -c release --product precis $(release_flags) >&2 || return 1
    echo "$(swift build -c release $(release_flags) --show-bin-path)/precis"
}
