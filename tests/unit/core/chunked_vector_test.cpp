#include "chimera/core/chunked_vector.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

namespace chimera {
namespace {

TEST(ChunkedVector, AppendingKeepsEveryElementInPlaceAcrossChunks) {
  ChunkedVector<std::string> v;
  std::vector<const std::string*> at;
  for (int i = 0; i < 1000; ++i) {
    at.push_back(&v.emplace_back("row " + std::to_string(i)));
  }
  ASSERT_EQ(v.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_EQ(at[static_cast<std::size_t>(i)], &v[static_cast<std::size_t>(i)]);  // never moved
    EXPECT_EQ(v[static_cast<std::size_t>(i)], "row " + std::to_string(i));
  }
  EXPECT_EQ(v.front(), "row 0");
  EXPECT_EQ(v.back(), "row 999");
}

TEST(ChunkedVector, IteratesForwardBackwardAndByOffset) {
  ChunkedVector<int> v;
  for (int i = 0; i < 100; ++i) v.push_back(i);
  int expected = 0;
  for (const int x : v) EXPECT_EQ(x, expected++);
  EXPECT_EQ(expected, 100);
  EXPECT_EQ(*v.rbegin(), 99);
  EXPECT_EQ(std::distance(v.begin(), v.end()), 100);
  EXPECT_EQ(*(v.begin() + 57), 57);
  EXPECT_EQ((v.end() - 1)[-3], 96);
  EXPECT_TRUE(std::any_of(v.begin() + 90, v.end(), [](int x) { return x == 95; }));
  EXPECT_FALSE(std::any_of(v.begin() + 96, v.end(), [](int x) { return x == 95; }));
  const auto found = std::find(v.cbegin(), v.cend(), 42);
  EXPECT_EQ(found - v.cbegin(), 42);
}

TEST(ChunkedVector, PopClearCopyAndMoveOwnTheirElements) {
  ChunkedVector<std::shared_ptr<int>> v;
  const auto p = std::make_shared<int>(7);
  for (int i = 0; i < 40; ++i) v.push_back(p);
  EXPECT_EQ(p.use_count(), 41);
  v.pop_back();
  EXPECT_EQ(p.use_count(), 40);
  ChunkedVector<std::shared_ptr<int>> copy = v;
  EXPECT_EQ(copy.size(), 39u);
  EXPECT_EQ(p.use_count(), 79);
  ChunkedVector<std::shared_ptr<int>> moved = std::move(copy);
  EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
  EXPECT_EQ(moved.size(), 39u);
  EXPECT_EQ(p.use_count(), 79);
  moved.clear();
  v = ChunkedVector<std::shared_ptr<int>>();
  EXPECT_EQ(p.use_count(), 1);
  v.push_back(p);  // usable again after clear
  EXPECT_EQ(*v.back(), 7);
}

}  // namespace
}  // namespace chimera
