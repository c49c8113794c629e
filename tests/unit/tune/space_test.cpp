// Search-space syntax, grid order (few reloads), shards, keys.
#include "chimera/tune/space.hpp"

#include <gtest/gtest.h>

#include <set>

#include "chimera/tune/strategy.hpp"
#include "test_support.hpp"

namespace chimera::tune {
namespace {

std::vector<std::string> values(const std::string& text) {
  auto d = parse_dimension(text);
  EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().describe());
  return d.ok() ? d.value().values : std::vector<std::string>{};
}

TEST(Space, ListsAndRangesLikeLlamaBench) {
  EXPECT_EQ(values("num_ctx=512,1024,2048"), (std::vector<std::string>{"512", "1024", "2048"}));
  EXPECT_EQ(values("num_gpu=60-120+20"), (std::vector<std::string>{"60", "80", "100", "120"}));
  EXPECT_EQ(values("num_batch=64-1024*2"),
            (std::vector<std::string>{"64", "128", "256", "512", "1024"}));
  EXPECT_EQ(values("temperature=0.2-0.8+0.2"),
            (std::vector<std::string>{"0.2", "0.4", "0.6", "0.8"}));  // no 0.6000000001
  EXPECT_EQ(values("num_gpu=60-130+20"), (std::vector<std::string>{"60", "80", "100", "120"}));
  EXPECT_EQ(values("top_k=40"), (std::vector<std::string>{"40"}));
  EXPECT_EQ(values("model=llama3:8b,qwen2:7b"),
            (std::vector<std::string>{"\"llama3:8b\"", "\"qwen2:7b\""}));
  EXPECT_EQ(values("use_mmap=true,false"), (std::vector<std::string>{"true", "false"}));
  auto d = parse_dimension("num_batch=64-1024*2").value();
  EXPECT_EQ(d.kind, DimKind::integer);
  EXPECT_TRUE(d.load_time);
  EXPECT_EQ(parse_dimension("temperature=0.1,0.5").value().kind, DimKind::real);
  EXPECT_FALSE(parse_dimension("temperature=0.1,0.5").value().load_time);
}

TEST(Space, BadSyntaxIsAUsageErrorShowingTheSyntax) {
  for (const char* bad : {"num_ctx", "=1,2", "num_ctx=", "num_ctx=1,,2", "num_ctx=1,1",
                          "num_gpu=120-60+20", "num_gpu=60-120+0", "num_batch=0-64*2",
                          "num_batch=64-1024*1", "num_ctx=048,48", "t=1,1.0"}) {
    const auto d = parse_dimension(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.error().code, ErrorCode::usage);
    EXPECT_NE(d.error().describe().find(bad), std::string::npos) << d.error().describe();
    EXPECT_NE(d.error().hint.find("lo-hi+step"), std::string::npos);
  }
  EXPECT_FALSE(make_space({"num_ctx=1,2", "num_ctx=3"}).ok());
  EXPECT_FALSE(make_space({}).ok());
}

TEST(Space, LoadTimeDimensionsComeFirstModelFirstOfAll) {
  const auto s = make_space({"temperature=0.2,0.8", "num_ctx=512,1024", "model=a,b"}).value();
  ASSERT_EQ(s.dims.size(), 3u);
  EXPECT_EQ(s.dims[0].name, "model");
  EXPECT_EQ(s.dims[1].name, "num_ctx");
  EXPECT_EQ(s.dims[2].name, "temperature");
  const Point p{1, 0, 1};
  EXPECT_EQ(s.options_json(p), "{\"num_ctx\":512,\"temperature\":0.8}");
  EXPECT_EQ(s.model(p), "b");
  EXPECT_EQ(s.key(p), "model=\"b\",num_ctx=512,temperature=0.8");
  EXPECT_EQ(s.parse_key(s.key(p)), p);
  EXPECT_FALSE(s.parse_key("model=\"c\",num_ctx=512,temperature=0.8"));
}

TEST(Space, GridOrderReloadsAsFewTimesAsPossible) {
  const auto s = make_space({"temperature=0.2,0.5,0.8", "num_ctx=512,1024,2048", "top_k=20,40",
                             "num_gpu=60,99"})
                     .value();
  const auto order = grid_points(s);
  ASSERT_EQ(order.size(), 36u);
  // 3 x 2 load-time configurations: 6 loads, so 5 reloads (the minimum), whatever the run-time
  // dimensions.
  EXPECT_EQ(reload_count(s, order), 5u);
  std::set<Point> unique(order.begin(), order.end());
  EXPECT_EQ(unique.size(), 36u);
}

TEST(Space, ShardsCoverTheGridWithoutOverlap) {
  const auto s = make_space({"a=1-37+1"}).value();
  for (std::size_t n = 1; n <= 8; ++n) {
    std::vector<Point> all;
    for (std::size_t i = 0; i < n; ++i) {
      const auto part = grid_points(s, {i, n});
      EXPECT_GE(part.size(), 37 / n);
      EXPECT_LE(part.size(), 37 / n + 1);
      all.insert(all.end(), part.begin(), part.end());
    }
    EXPECT_EQ(all, grid_points(s)) << n << " shards";  // the union, in order, no overlap
  }
  EXPECT_FALSE(parse_shard("3/3").ok());
  EXPECT_FALSE(parse_shard("1").ok());
  EXPECT_FALSE(parse_shard("-1/2").ok());
  EXPECT_EQ(parse_shard("2/5").value().index, 2u);
}

TEST(Space, MergeOptionsRejectsAnOptionSetTwice) {
  EXPECT_EQ(merge_options("{\"num_predict\":64}", "{\"num_ctx\":512}").value(),
            "{\"num_predict\":64,\"num_ctx\":512}");
  EXPECT_EQ(merge_options("", "{\"num_ctx\":512}").value(), "{\"num_ctx\":512}");
  EXPECT_EQ(merge_options("{}", "{}").value(), "{}");
  const auto r = merge_options("{\"num_ctx\":64}", "{\"num_ctx\":512}");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("num_ctx"), std::string::npos);
}

TEST(Space, TomlSpaceFile) {
  testing::TempDir t;
  testing::write_file(t / "s.toml",
                      "[space]\nnum_ctx = [512, 1024]\nnum_gpu = \"60-120+20\"\ntemperature = 0.7\n"
                      "model = [\"a:1\", \"b:2\"]\n");
  const auto p = space_params_from_toml(t / "s.toml");
  ASSERT_TRUE(p.ok()) << p.error().describe();
  EXPECT_EQ(p.value(), (std::vector<std::string>{"model=a:1,b:2", "num_ctx=512,1024",
                                                 "num_gpu=60-120+20", "temperature=0.7"}));
  EXPECT_EQ(make_space(p.value()).value().grid_size(), 2u * 2 * 4 * 1);
  testing::write_file(t / "bad.toml", "num_ctx = [1]\n");
  EXPECT_FALSE(space_params_from_toml(t / "bad.toml").ok());
}

}  // namespace
}  // namespace chimera::tune

namespace chimera::tune {
namespace {

// Found by fuzz_space: a factor range reaching 1e305 made its values infinite when rounded (so
// several points had one key); every value stays finite and distinct, every key parses back.
TEST(Space, HugeFactorRangesKeepDistinctValuesAndKeys) {
  const auto s = make_space({"x=10-1e305*2"});
  ASSERT_TRUE(s.ok()) << s.error().describe();
  const auto& d = s.value().dims[0];
  std::set<std::string> seen(d.values.begin(), d.values.end());
  EXPECT_EQ(seen.size(), d.values.size());
  for (const auto& v : d.values) EXPECT_EQ(v.find("Infinity"), std::string::npos) << v;
  for (std::size_t i = 0; i < s.value().grid_size(); ++i) {
    const auto p = grid_point(s.value(), i);
    EXPECT_EQ(s.value().parse_key(s.value().key(p)), p) << i;
  }
}

}  // namespace
}  // namespace chimera::tune
