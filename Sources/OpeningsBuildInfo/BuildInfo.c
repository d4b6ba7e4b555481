// A C target because a C define can carry a value from the build into the binary:
// Package.swift sets OPENINGS_COMMIT from the environment, and only this file is
// compiled again when it changes.
#include "OpeningsBuildInfo.h"

#ifndef OPENINGS_COMMIT
#define OPENINGS_COMMIT "unknown"
#endif

const char *openings_build_commit(void) { return OPENINGS_COMMIT; }
