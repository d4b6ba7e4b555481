// zlib (Debian zlib1g-dev): the preview server keeps every page it serves compressed.
#include <zlib.h>
