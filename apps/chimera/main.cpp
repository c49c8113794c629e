// chimera: thin entry point; everything lives in the libraries (see ARCHITECTURE.md).
#include "chimera/cli/cli.hpp"

#ifdef CHIMERA_JEMALLOC
// jemalloc's options, read at start-up: freed pages go back to the system after 100 ms instead
// of 10 s, so the peak memory of a long ingest stays flat in the number of files.
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
const char* malloc_conf = "dirty_decay_ms:100,muzzy_decay_ms:0";
}
#endif

int main(int argc, char** argv) {
  return chimera::cli::run(argc, argv);
}
