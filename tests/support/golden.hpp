#pragma once
// Golden files: compare an output with tests/golden/NAME; CHIMERA_UPDATE_GOLDEN=1 rewrites the
// file instead (after an intended change), and the test is reported as skipped.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace chimera::testing {

inline void check_golden(const std::string& got, const std::string& name) {
  const std::filesystem::path golden = source_dir() / "tests/golden" / name;
  if (std::getenv("CHIMERA_UPDATE_GOLDEN")) {
    write_file(golden, got);
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(std::filesystem::exists(golden))
      << golden << " missing; run with CHIMERA_UPDATE_GOLDEN=1";
  EXPECT_EQ(got, read_file(golden)) << "output differs from " << golden;
}

}  // namespace chimera::testing
