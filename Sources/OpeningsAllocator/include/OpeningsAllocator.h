#ifndef OPENINGS_ALLOCATOR_H
#define OPENINGS_ALLOCATOR_H

/// jemalloc's settings for the `openings` program (MallocConf.c): defined here, read by
/// jemalloc, never by Swift.
extern const char *malloc_conf;

#endif
