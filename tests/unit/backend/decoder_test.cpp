// Decoders on recorded transcripts (tests/fixtures/transcripts), fed whole, at every split point
// into two reads, and byte by byte: the events must be the same every time.
#include <gtest/gtest.h>

#include <algorithm>

#include "chimera/backend/backend.hpp"
#include "test_support.hpp"

namespace chimera::backend {
namespace {
using chimera::testing::read_file;
using chimera::testing::source_dir;

struct Trace final : public DecodeSink {
  std::vector<std::string> events;
  stats::ServerFigures figures;
  void text(std::string_view c, bool reasoning, std::int64_t) override {
    events.push_back((reasoning ? "R:" : "T:") + std::string(c));
  }
  void final(const stats::ServerFigures& f, std::string_view reason, std::int64_t) override {
    figures = f;
    events.push_back("FINAL:" + std::string(reason));
  }
  void stream_error(std::string_view m, std::int64_t) override {
    events.push_back("ERROR:" + std::string(m));
  }
  void malformed(std::string_view w) override { events.push_back("MALFORMED:" + std::string(w)); }
};

struct Decoded {
  Trace trace;
  bool complete = false;
};

std::unique_ptr<Backend> backend_of(const std::string& kind) {
  return std::move(make_backend(kind, BackendConfig{"http://127.0.0.1:1", {}, {}}).value());
}

Decoded decode(const std::string& kind, bool chat, std::string_view bytes,
               std::vector<std::size_t> cuts) {
  auto d = backend_of(kind)->decoder(chat);
  Decoded out;
  std::size_t prev = 0;
  cuts.push_back(bytes.size());
  for (const std::size_t c : cuts) {
    d->feed(bytes.substr(prev, c - prev), 0, out.trace);
    prev = c;
  }
  out.complete = d->finish(0, out.trace);
  return out;
}

// Decodes the transcript whole, then checks every two-way split and byte-by-byte agree.
Decoded check_all_splits(const std::string& kind, bool chat, const std::string& file) {
  const std::string bytes = read_file(source_dir() / "tests/fixtures/transcripts" / kind / file);
  EXPECT_FALSE(bytes.empty()) << file;
  Decoded whole = decode(kind, chat, bytes, {});
  for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
    const Decoded split = decode(kind, chat, bytes, {cut});
    EXPECT_EQ(split.trace.events, whole.trace.events) << file << " cut at " << cut;
    EXPECT_EQ(split.complete, whole.complete) << file << " cut at " << cut;
  }
  std::vector<std::size_t> every;
  for (std::size_t i = 1; i < bytes.size(); ++i) every.push_back(i);
  EXPECT_EQ(decode(kind, chat, bytes, every).trace.events, whole.trace.events)
      << file << " byte by byte";
  return whole;
}

using Events = std::vector<std::string>;

TEST(OllamaDecoder, GenerateGood) {
  const auto d = check_all_splits("ollama", false, "generate_good.ndjson");
  EXPECT_TRUE(d.complete);
  EXPECT_EQ(d.trace.events, (Events{"T:The", "T: sky", "T: is", "T: blue.", "FINAL:stop"}));
  EXPECT_EQ(d.trace.figures.output_tokens, 4);
  EXPECT_EQ(d.trace.figures.prompt_tokens, 26);
  EXPECT_DOUBLE_EQ(*d.trace.figures.eval_duration_ns, 2098341000);
  EXPECT_DOUBLE_EQ(*d.trace.figures.load_duration_ns, 41273400);
}

TEST(OllamaDecoder, ChatGoodCrlfAndNoFinalNewline) {
  EXPECT_EQ(check_all_splits("ollama", true, "chat_good.ndjson").trace.events,
            (Events{"T:The", "T: sky", "T: is", "T: blue.", "FINAL:stop"}));
  EXPECT_TRUE(check_all_splits("ollama", false, "generate_crlf.ndjson").complete);
  EXPECT_TRUE(check_all_splits("ollama", false, "generate_no_final_newline.ndjson").complete);
}

TEST(OllamaDecoder, TruncatedStreamIsIncomplete) {
  const auto d = check_all_splits("ollama", true, "chat_truncated.ndjson");
  EXPECT_FALSE(d.complete);
  ASSERT_EQ(d.trace.events.size(), 3u);
  EXPECT_EQ(d.trace.events[2].rfind("MALFORMED:line 3 is not JSON", 0), 0u) << d.trace.events[2];
}

TEST(OllamaDecoder, MalformedLineIsReportedAndTheRestDecoded) {
  const auto d = check_all_splits("ollama", false, "generate_malformed.ndjson");
  EXPECT_TRUE(d.complete);
  ASSERT_EQ(d.trace.events.size(), 4u);
  EXPECT_EQ(d.trace.events[1].rfind("MALFORMED:line 2", 0), 0u);
}

TEST(OllamaDecoder, ErrorLineInA200Stream) {
  const auto d = check_all_splits("ollama", false, "generate_error_in_stream.ndjson");
  EXPECT_FALSE(d.complete);
  EXPECT_EQ(d.trace.events.back(),
            "ERROR:an error was encountered while running the model: CUDA error: out of memory");
}

TEST(OllamaDecoder, CachedPromptFinalOmitsFieldsWhichStayAbsent) {
  const auto d = check_all_splits("ollama", false, "generate_cached_final.ndjson");
  EXPECT_TRUE(d.complete);
  EXPECT_FALSE(d.trace.figures.prompt_eval_duration_ns);
  EXPECT_FALSE(d.trace.figures.load_duration_ns);
  EXPECT_EQ(d.trace.figures.prompt_tokens, 26);
}

TEST(OllamaDecoder, ThinkingChunksAreReasoning) {
  EXPECT_EQ(check_all_splits("ollama", true, "chat_thinking.ndjson").trace.events,
            (Events{"R:Let me", "R: think.", "T:Blue", "T:.", "FINAL:stop"}));
}

TEST(OpenAiDecoder, ChatGoodWithRoleOnlyFirstChunkAndUsage) {
  const auto d = check_all_splits("openai", true, "chat_good.sse");
  EXPECT_TRUE(d.complete);
  // The role-only first chunk carries no text: it is not an event, so it cannot count as TTFT.
  EXPECT_EQ(d.trace.events, (Events{"T:The", "T: sky", "T: is", "T: blue.", "FINAL:stop"}));
  EXPECT_EQ(d.trace.figures.output_tokens, 4);
  EXPECT_EQ(d.trace.figures.prompt_tokens, 31);
  EXPECT_EQ(d.trace.figures.cached_tokens, 16);
  EXPECT_FALSE(d.trace.figures.eval_duration_ns);
}

TEST(OpenAiDecoder, CompletionsEndpoint) {
  const auto d = check_all_splits("openai", false, "completions_good.sse");
  EXPECT_EQ(d.trace.events, (Events{"T:The", "T: end", "FINAL:length"}));
}

TEST(OpenAiDecoder, TruncatedStreamHasNoDone) {
  const auto d = check_all_splits("openai", true, "chat_truncated.sse");
  EXPECT_FALSE(d.complete);
}

TEST(OpenAiDecoder, MalformedEventIsReported) {
  const auto d = check_all_splits("openai", true, "chat_malformed.sse");
  EXPECT_TRUE(d.complete);
  EXPECT_EQ(d.trace.events[1].rfind("MALFORMED:event 3 is not JSON", 0), 0u) << d.trace.events[1];
}

TEST(OpenAiDecoder, ErrorEventInStream) {
  const auto d = check_all_splits("openai", true, "chat_error_in_stream.sse");
  EXPECT_FALSE(d.complete);
  EXPECT_EQ(d.trace.events.back(), "ERROR:The server had an error while processing your request");
}

TEST(OpenAiDecoder, ReasoningContent) {
  EXPECT_EQ(check_all_splits("openai", true, "chat_reasoning.sse").trace.events,
            (Events{"R:Think", "R:ing.", "T:Blue.", "FINAL:stop"}));
}

TEST(OpenAiDecoder, LlamaServerTimingsFillServerFigures) {
  const auto d = check_all_splits("openai", true, "chat_llama_server_timings.sse");
  EXPECT_TRUE(d.complete);
  EXPECT_EQ(d.trace.figures.output_tokens, 2);
  EXPECT_EQ(d.trace.figures.prompt_tokens, 23);
  EXPECT_EQ(d.trace.figures.cached_tokens, 8);
  EXPECT_DOUBLE_EQ(*d.trace.figures.eval_duration_ns, 12.4e6);
  EXPECT_DOUBLE_EQ(*d.trace.figures.prompt_eval_duration_ns, 35.1e6);
}

TEST(OpenAiDecoder, CommentsCrlfAndNamedEvents) {
  EXPECT_EQ(check_all_splits("openai", true, "chat_comments_crlf.sse").trace.events,
            (Events{"T:The", "T: sky", "FINAL:stop"}));
}

TEST(Backends, RequestsCarryOptionsSystemAndKeepAlive) {
  GenerateRequest q{"m",      "hi", "You are DataCollector-9000.", true, "{\"num_ctx\":2048}",
                    "\"10m\""};
  const auto o = backend_of("ollama")->build(q);
  EXPECT_EQ(o.url, "http://127.0.0.1:1/api/chat");
  EXPECT_EQ(o.body,
            "{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":\"You are "
            "DataCollector-9000.\"},"
            "{\"role\":\"user\",\"content\":\"hi\"}],\"stream\":true,\"options\":{\"num_ctx\":2048}"
            ",\"keep_alive\":\"10m\"}");
  q.options_json.clear();
  q.keep_alive.clear();
  q.chat = false;
  EXPECT_EQ(backend_of("ollama")->build(q).body,
            "{\"model\":\"m\",\"prompt\":\"hi\",\"system\":\"You are "
            "DataCollector-9000.\",\"stream\":true}");
  q.chat = true;
  q.options_json = "{\"temperature\":0.2}";
  const auto a = backend_of("openai")->build(q);
  EXPECT_EQ(a.url, "http://127.0.0.1:1/v1/chat/completions");
  EXPECT_NE(a.body.find("\"stream_options\":{\"include_usage\":true},\"temperature\":0.2}"),
            std::string::npos)
      << a.body;
}

TEST(Backends, OptionsSpecToJson) {
  EXPECT_EQ(
      options_to_json("num_ctx=2048,temperature=0.8,stop=[\"a\",\"b\"],user=x y,use_mmap=true")
          .value(),
      "{\"num_ctx\":2048,\"temperature\":0.8,\"stop\":[\"a\",\"b\"],\"user\":\"x "
      "y\",\"use_mmap\":true}");
  EXPECT_EQ(options_to_json("{\"num_gpu\": 80}").value(), "{\"num_gpu\": 80}");
  EXPECT_EQ(options_to_json("").value(), "");
  EXPECT_FALSE(options_to_json("num_ctx").ok());
  EXPECT_FALSE(options_to_json("{bad").ok());
}

TEST(Backends, RegistryAndServerMessages) {
  const auto kinds = backend_kinds();
  EXPECT_TRUE(std::is_sorted(kinds.begin(), kinds.end()));
  for (const char* k : {"ollama", "openai"})
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), k), kinds.end()) << k;
  const auto bad = make_backend("vllm-native", {});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().hint.find("ollama"), std::string::npos);
  EXPECT_NE(bad.error().hint.find("openai"), std::string::npos);
  EXPECT_EQ(server_message("{\"error\":\"model 'x' not found\"}"), "model 'x' not found");
  EXPECT_EQ(server_message("{\"error\":{\"message\":\"bad key\"}}"), "bad key");
  EXPECT_EQ(server_message("  upstream timeout \n"), "upstream timeout");
}

}  // namespace
}  // namespace chimera::backend
