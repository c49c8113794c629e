// chimera: thin entry point; everything lives in the libraries (see ARCHITECTURE.md).
#include "chimera/cli/cli.hpp"

int main(int argc, char** argv) {
  return chimera::cli::run(argc, argv);
}
