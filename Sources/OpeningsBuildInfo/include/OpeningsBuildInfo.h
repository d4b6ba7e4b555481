#ifndef OPENINGS_BUILD_INFO_H
#define OPENINGS_BUILD_INFO_H

/// The git commit the binary was built from ("unknown" when the build was not told;
/// `make release`, `make install` and `make dist` tell it through OPENINGS_COMMIT).
const char *openings_build_commit(void);

#endif
