#include "chimera/core/stream_text.hpp"

#include <gtest/gtest.h>

namespace chimera {
namespace {

std::string feed(StreamText& t, const std::vector<std::string>& pieces) {
  std::string out;
  for (const auto& p : pieces) out += t.add(p);
  return out + t.flush();
}

TEST(StreamText, AUtf8CharacterSplitOverTwoTokensIsSentWhole) {
  StreamText t;
  // U+06BA (ں) is DA BA; U+1F600 is F0 9F 98 80.
  EXPECT_EQ(t.add("a\xDA"), "a");
  EXPECT_EQ(t.add("\xBA"), "\xDA\xBA");
  EXPECT_EQ(t.add("\xF0\x9F"), "");
  EXPECT_EQ(t.add("\x98"), "");
  EXPECT_EQ(t.add("\x80!"), "\xF0\x9F\x98\x80!");
  EXPECT_EQ(t.flush(), "");
}

TEST(StreamText, AnUnfinishedCharacterAtTheEndIsFlushedAsIs) {
  StreamText t;
  EXPECT_EQ(t.add("x\xE2\x82"), "x");
  EXPECT_EQ(t.flush(), "\xE2\x82");
  EXPECT_EQ(incomplete_utf8_tail("ok"), 0u);
  EXPECT_EQ(incomplete_utf8_tail("\xE2\x82\xAC"), 0u);  // complete euro sign
  EXPECT_EQ(incomplete_utf8_tail("\xE2"), 1u);
  EXPECT_EQ(incomplete_utf8_tail("\x80"), 0u);  // a stray continuation: nothing to wait for
}

TEST(StreamText, TextBeforeAStopInTheSameTokenIsKeptAndTheStopNeverLeaks) {
  StreamText t({"END"});
  EXPECT_EQ(t.add("Hello E"), "Hello ");  // "E" may start the stop: held
  EXPECT_EQ(t.add("N"), "");
  EXPECT_EQ(t.add("D tail"), "");  // the stop completed: nothing of it, nothing after
  EXPECT_TRUE(t.stopped());
  EXPECT_EQ(t.add("more"), "");
  EXPECT_EQ(t.flush(), "");
  StreamText u({"END"});
  EXPECT_EQ(feed(u, {"the fin", "al wordEND and more"}), "the final word");
}

TEST(StreamText, AHeldPrefixThatIsNotAStopIsReleased) {
  StreamText t({"</s>", "STOP"});
  EXPECT_EQ(t.add("a <"), "a ");
  EXPECT_EQ(t.add("/x"), "</x");
  EXPECT_EQ(t.add("ST"), "");
  EXPECT_EQ(t.add("ay"), "STay");
  EXPECT_FALSE(t.stopped());
  StreamText e({"", "x"});  // empty stops are ignored
  EXPECT_EQ(feed(e, {"abc"}), "abc");
  StreamText first({"bb", "b"});  // the earliest stop wins
  EXPECT_EQ(feed(first, {"aab"}), "aa");
}

}  // namespace
}  // namespace chimera
