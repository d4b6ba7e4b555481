// jemalloc (Debian libjemalloc-dev): the `openings` program's malloc. See
// Sources/OpeningsAllocator/MallocConf.c for why and with which settings.
#include <jemalloc/jemalloc.h>
