#include "chimera/stats/request_metrics.hpp"

namespace chimera::stats {
namespace {

constexpr double kNsPerMs = 1e6;

std::optional<double> since(std::int64_t from, const std::optional<std::int64_t>& to) {
  if (!to) return std::nullopt;
  return static_cast<double>(*to - from) / kNsPerMs;
}

std::optional<double> ns_to_ms(const std::optional<double>& ns) {
  if (!ns) return std::nullopt;
  return *ns / kNsPerMs;
}

}  // namespace

std::string_view token_source_name(TokenSource s) {
  switch (s) {
    case TokenSource::server:
      return "server";
    case TokenSource::estimated:
      return "estimated";
    case TokenSource::none:
      return "none";
  }
  return "none";
}

RequestMetrics derive(const Timeline& t, const ServerFigures& s) {
  RequestMetrics m;
  m.ttft_ms = since(t.send_ns, t.first_content_ns);
  m.first_byte_ms = since(t.send_ns, t.first_byte_ns);
  m.first_token_ms = since(t.send_ns, t.first_token_ns);
  m.e2e_ms = since(t.send_ns, t.done_ns);
  for (std::size_t i = 1; i < t.token_chunk_ns.size(); ++i) {
    m.itl_ms.push_back(static_cast<double>(t.token_chunk_ns[i] - t.token_chunk_ns[i - 1]) /
                       kNsPerMs);
  }
  m.prompt_tokens = s.prompt_tokens;
  if (s.output_tokens) {
    m.output_tokens = s.output_tokens;
    m.token_source = TokenSource::server;
  } else if (!t.token_chunk_ns.empty()) {
    m.output_tokens = static_cast<std::int64_t>(t.token_chunk_ns.size());
    m.token_source = TokenSource::estimated;
  }
  if (m.e2e_ms && m.ttft_ms && m.output_tokens && *m.output_tokens > 1) {
    m.tpot_ms = (*m.e2e_ms - *m.ttft_ms) / static_cast<double>(*m.output_tokens - 1);
  }
  const bool steps = m.output_tokens && *m.output_tokens > 1;
  if (steps && s.decode_tok_s && *s.decode_tok_s > 0) {
    m.decode_tok_s = s.decode_tok_s;
  } else if (steps && s.output_tokens && s.eval_duration_ns && *s.eval_duration_ns > 0) {
    m.decode_tok_s = static_cast<double>(*s.output_tokens - 1) / (*s.eval_duration_ns / 1e9);
  }
  if (steps && t.done_ns && t.first_content_ns && *t.done_ns > *t.first_content_ns) {
    m.output_tok_s = static_cast<double>(*m.output_tokens - 1) /
                     (static_cast<double>(*t.done_ns - *t.first_content_ns) / 1e9);
  }
  const auto evaluated = s.prompt_evaluated ? s.prompt_evaluated : s.prompt_tokens;
  if (s.prompt_tok_s && *s.prompt_tok_s > 0) {
    m.prompt_tok_s = s.prompt_tok_s;
  } else if (evaluated && *evaluated > 0 && s.prompt_eval_duration_ns &&
             *s.prompt_eval_duration_ns > 0) {
    m.prompt_tok_s = static_cast<double>(*evaluated) / (*s.prompt_eval_duration_ns / 1e9);
  }
  m.prompt_eval_ms = ns_to_ms(s.prompt_eval_duration_ns);
  m.load_ms = ns_to_ms(s.load_duration_ns);
  return m;
}

std::string rate_note(const RequestMetrics& m) {
  if (!m.output_tokens || *m.output_tokens > 1) return "";
  return *m.output_tokens == 0 ? "0 output tokens: no rate"
                               : "1 output token: a rate needs two (one interval)";
}

}  // namespace chimera::stats
