#include "chimera/transport/framing.hpp"

#include <gtest/gtest.h>

namespace chimera::transport {
namespace {

std::vector<std::string> lines_split_at(std::string_view s, std::size_t cut) {
  std::vector<std::string> out;
  LineSplitter ls;
  const auto add = [&](std::string_view l) { out.emplace_back(l); };
  EXPECT_FALSE(ls.feed(s.substr(0, cut), add));
  EXPECT_FALSE(ls.feed(s.substr(cut), add));
  ls.finish(add);
  return out;
}

TEST(LineSplitter, SameLinesForEverySplitPoint) {
  const std::string s = "{\"a\":1}\r\n{\"b\":2}\n\n{\"c\":3}\r{\"d\":4}";
  const std::vector<std::string> want = {"{\"a\":1}", "{\"b\":2}", "", "{\"c\":3}", "{\"d\":4}"};
  for (std::size_t cut = 0; cut <= s.size(); ++cut)
    EXPECT_EQ(lines_split_at(s, cut), want) << "cut " << cut;
}

TEST(LineSplitter, ByteByByteWithCrlfAcrossReads) {
  const std::string s = "x\r\ny\r\n";
  std::vector<std::string> out;
  LineSplitter ls;
  for (const char c : s)
    ls.feed(std::string_view(&c, 1), [&](std::string_view l) { out.emplace_back(l); });
  ls.finish([&](std::string_view l) { out.emplace_back(l); });
  EXPECT_EQ(out, (std::vector<std::string>{"x", "y"}));
}

TEST(LineSplitter, LongLinesUpToTheLimitAndAnErrorBeyond) {
  LineSplitter ls(1000);
  std::size_t got = 0;
  const auto count = [&](std::string_view l) { got = l.size(); };
  EXPECT_FALSE(ls.feed(std::string(1000, 'a') + "\n", count));
  EXPECT_EQ(got, 1000u);
  const auto err = ls.feed(std::string(600, 'b'), count);
  EXPECT_FALSE(err);
  EXPECT_TRUE(ls.feed(std::string(600, 'b'), count));
}

TEST(LineSplitter, SixteenMebibyteLineIsAccepted) {
  LineSplitter ls;
  std::size_t got = 0;
  const std::string big(kMaxLineBytes, 'z');
  for (std::size_t i = 0; i < big.size(); i += 65536) {
    ASSERT_FALSE(ls.feed(std::string_view(big).substr(i, 65536),
                         [&](std::string_view l) { got = l.size(); }));
  }
  ls.feed("\n", [&](std::string_view l) { got = l.size(); });
  EXPECT_EQ(got, kMaxLineBytes);
}

std::vector<std::string> events_split_at(std::string_view s, std::size_t cut) {
  std::vector<std::string> out;
  SseParser p;
  const auto add = [&](const SseEvent& e) { out.push_back(e.event + "|" + e.data); };
  p.feed(s.substr(0, cut), add);
  p.feed(s.substr(cut), add);
  p.finish(add);
  return out;
}

TEST(SseParser, EventsCommentsMultilineDataAndDone) {
  const std::string s =
      ": ping\n\ndata: {\"a\":1}\n\nevent: update\ndata: line1\ndata: line2\r\n\r\ndata:nospace\n\n"
      "retry: 10\nid: 7\ndata: [DONE]\n\n";
  const std::vector<std::string> want = {"message|{\"a\":1}", "update|line1\nline2",
                                         "message|nospace", "message|[DONE]"};
  for (std::size_t cut = 0; cut <= s.size(); ++cut)
    EXPECT_EQ(events_split_at(s, cut), want) << "cut " << cut;
}

TEST(SseParser, LastEventWithoutBlankLineIsDelivered) {
  EXPECT_EQ(events_split_at("data: tail", 3), (std::vector<std::string>{"message|tail"}));
}

TEST(SseParser, CountsComments) {
  SseParser p;
  p.feed(": a\n: b\n\n", [](const SseEvent&) {});
  EXPECT_EQ(p.comments(), 2u);
}

}  // namespace
}  // namespace chimera::transport
