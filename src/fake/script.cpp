#include <charconv>
#include <map>

#include "chimera/core/text.hpp"
#include "chimera/fake/fake_server.hpp"

namespace chimera::fake {
namespace {

const std::map<std::string_view, Fault>& faults() {
  static const std::map<std::string_view, Fault> kFaults = {
      {"none", Fault::none},
      {"refuse", Fault::refuse},
      {"close_mid", Fault::close_mid},
      {"stall", Fault::stall},
      {"http500", Fault::http500},
      {"http503", Fault::http503},
      {"http404", Fault::http404},
      {"error_line", Fault::error_line},
      {"malformed_line", Fault::malformed_line},
      {"huge_line", Fault::huge_line},
      {"drip", Fault::drip},
      {"no_final", Fault::no_final}};
  return kFaults;
}

template <class T>
bool parse_num(std::string_view v, T& out) {
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && p == v.data() + v.size();
}

Status set(FakeScript& s, std::string_view k, std::string_view v) {
  bool ok = true;
  if (k == "ttft")
    ok = parse_num(v, s.ttft_ms);
  else if (k == "gap")
    ok = parse_num(v, s.gap_ms);
  else if (k == "jitter")
    ok = parse_num(v, s.jitter_ms);
  else if (k == "seed")
    ok = parse_num(v, s.seed);
  else if (k == "tokens")
    ok = parse_num(v, s.tokens) && s.tokens >= 0;
  else if (k == "after")
    ok = parse_num(v, s.after);
  else if (k == "stall")
    ok = parse_num(v, s.stall_ms);
  else if (k == "drip")
    ok = parse_num(v, s.drip_ms);
  else if (k == "reasoning")
    ok = parse_num(v, s.reasoning);
  else if (k == "cached")
    s.cached = v == "1" || v == "true";
  else if (k == "timings")
    s.timings = v == "1" || v == "true";
  else if (k == "hostile")
    s.hostile = v == "1" || v == "true";
  else if (k == "fault") {
    const auto it = faults().find(v);
    ok = it != faults().end();
    if (ok) s.fault = it->second;
  } else {
    return Error{ErrorCode::usage, "unknown fake script key '" + std::string(k) + "'",
                 "keys: ttft gap jitter seed tokens fault after stall drip reasoning cached "
                 "timings hostile"};
  }
  if (!ok)
    return Error{ErrorCode::usage,
                 "bad value '" + std::string(v) + "' for fake script key '" + std::string(k) + "'",
                 ""};
  return ok_status();
}

}  // namespace

std::optional<Result<FakeScript>> parse_script(std::string_view model, const FakeScript& defaults) {
  if (model != "fake" && model.substr(0, 5) != "fake:") return std::nullopt;
  FakeScript s = defaults;
  if (model.size() > 5) {
    std::string_view rest = model.substr(5);
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      const std::string_view kv = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      const auto eq = kv.find('=');
      if (eq == std::string_view::npos) {
        return Result<FakeScript>(
            Error{ErrorCode::usage, "fake script entry '" + std::string(kv) + "' is not k=v", ""});
      }
      if (auto st = set(s, text::trim(kv.substr(0, eq)), text::trim(kv.substr(eq + 1))); !st) {
        return Result<FakeScript>(st.error());
      }
    }
  }
  if (s.after < 0) s.after = s.tokens / 2;
  return Result<FakeScript>(s);
}

}  // namespace chimera::fake
