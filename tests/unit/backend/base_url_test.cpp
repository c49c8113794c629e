#include <gtest/gtest.h>

#include "chimera/backend/backend.hpp"

namespace chimera::backend {
namespace {

TEST(BaseUrl, TheApiPrefixAndTrailingSlashesAreDropped) {
  EXPECT_EQ(base_url("openai", "http://h:8000/v1"), "http://h:8000");
  EXPECT_EQ(base_url("openai", "http://h:8000/v1/"), "http://h:8000");
  EXPECT_EQ(base_url("ollama", "http://h:11434/api/"), "http://h:11434");
  EXPECT_EQ(base_url("ollama", "http://h:11434//"), "http://h:11434");
  // Only the backend's own prefix, and only as the last segment.
  EXPECT_EQ(base_url("ollama", "http://h:8000/v1"), "http://h:8000/v1");
  EXPECT_EQ(base_url("openai", "http://h/proxy/v1"), "http://h/proxy");
  EXPECT_EQ(base_url("openai", "http://h/v1x"), "http://h/v1x");
  EXPECT_EQ(base_url("embedded", ""), "");
}

}  // namespace
}  // namespace chimera::backend
