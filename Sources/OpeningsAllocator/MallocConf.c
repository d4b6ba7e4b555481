// jemalloc's settings, compiled in: jemalloc reads the `malloc_conf` string before the
// process's first allocation (jemalloc(3), "TUNING"); `MALLOC_CONF` in the environment
// still overrides it for experiments.
//
// Why jemalloc at all: a build allocates and frees millions of small strings, arrays and
// dictionaries on every core. With glibc's allocator that was ~14% of a 10,000-posting
// build's CPU (`_int_malloc`, `_int_free`, `malloc_consolidate`), and whole builds took
// 15-25% longer than with jemalloc (Benchmarks/RESULTS.md, "allocator").
//
// Why these settings: jemalloc keeps freed pages for 10 s by default, which raised a
// build's peak resident size by ~25 MiB over glibc's (each stage frees its inputs while
// the next one allocates). Returning them after 1 s, by a background thread so no
// allocation waits for it, kept the peak at glibc's at the same speed; 0 s (return at
// once) cost a third of the gain. Muzzy (lazily freed) pages are skipped: they would
// count as resident until the kernel takes them.
const char *malloc_conf = "background_thread:true,dirty_decay_ms:500,muzzy_decay_ms:0";
