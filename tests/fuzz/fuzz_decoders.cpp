// The Ollama (NDJSON) and OpenAI (SSE) stream decoders, chat and completion: any split of the
// body gives the same events; nothing crashes on any body. The third byte picks the decoder.
#include <string>

#include "chimera/backend/backend.hpp"
#include "fuzz_util.hpp"

namespace {

struct Events final : chimera::backend::DecodeSink {
  std::string log;
  void text(std::string_view c, bool r, std::int64_t) override {
    log += r ? "R:" : "T:";
    log += c;
    log += '\n';
  }
  void final(const chimera::stats::ServerFigures& f, std::string_view reason,
             std::int64_t) override {
    log += "F:" + std::string(reason) + ":" + std::to_string(f.output_tokens.value_or(-1)) + '\n';
  }
  void stream_error(std::string_view m, std::int64_t) override {
    log += "E:" + std::string(m) + '\n';
  }
  void malformed(std::string_view m) override { log += "M:" + std::string(m) + '\n'; }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const int which = data[0] % 4;
  const auto s = chimera::fuzz::split(data + 1, size - 1);
  auto b = chimera::backend::make_backend(which < 2 ? "ollama" : "openai", {"http://x", {}, {}});
  if (!b) return 0;
  const auto run = [&](const std::vector<std::string_view>& pieces) {
    auto d = b.value()->decoder(which % 2 == 0);
    Events e;
    std::int64_t t = 0;
    for (const auto p : pieces) d->feed(p, ++t, e);
    const bool done = d->finish(++t, e);
    return e.log + (done ? "done" : "open");
  };
  chimera::fuzz::require(run({s.payload}) == run(s.pieces), "decoder events depend on the split");
  return 0;
}
