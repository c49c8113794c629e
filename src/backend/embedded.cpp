// The embedded engine as a backend: the same interface, records and conformance suite as the
// HTTP backends, generating in-process with llama.cpp.
#include <mutex>

#include "chimera/backend/backend.hpp"
#include "chimera/core/clock.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/engine/engine.hpp"

namespace chimera::backend {
namespace {

class Embedded final : public Backend {
 public:
  explicit Embedded(BackendConfig c) : c_(std::move(c)) {}
  std::string_view kind() const override { return "embedded"; }
  transport::HttpRequest build(const GenerateRequest&) const override { return {}; }
  std::unique_ptr<StreamDecoder> decoder(bool) const override { return nullptr; }
  std::string http_error(long, std::string_view, const std::string&) const override { return {}; }
  bool in_process() const override { return true; }

  void generate(const GenerateRequest& q, DecodeSink& sink) const override {
    std::lock_guard lock(mu_);
    const auto fail = [&](const Error& e) { sink.stream_error(e.describe(), 0); };
    auto path = engine::resolve_model(q.model);
    if (!path) return fail(path.error());
    auto opts = engine::parse_options(q.options_json);
    if (!opts) return fail(opts.error());
    std::vector<engine::Message> msgs;
    if (!q.system.empty()) msgs.push_back({"system", q.system});
    msgs.push_back({"user", q.prompt});
    auto st = engine_.generate(path.value(), opts.value().load, msgs, std::nullopt,
                               opts.value().sample, [&](std::string_view piece, std::int64_t t) {
                                 sink.text(piece, false, t);
                                 return true;
                               });
    if (!st) return fail(st.error());
    const auto& g = st.value();
    stats::ServerFigures f;
    f.prompt_tokens = g.prompt_eval_count;
    f.output_tokens = g.eval_count;
    f.prompt_eval_duration_ns = static_cast<double>(g.prompt_eval_ns);
    f.eval_duration_ns = static_cast<double>(g.eval_ns);
    f.total_duration_ns = static_cast<double>(g.total_ns);
    if (g.load_ns) f.load_duration_ns = static_cast<double>(*g.load_ns);
    sink.final(f, g.done_reason, mono_ns());
  }

  // The model file must exist (not loaded here: the first request's load stays measured).
  Status preflight(transport::HttpClient&, const std::string& model) const override {
    auto path = engine::resolve_model(model);
    if (!path) return path.error();
    return ok_status();
  }

  std::vector<EnvFact> environment(transport::HttpClient&,
                                   const std::string& model) const override {
    std::lock_guard lock(mu_);
    std::vector<EnvFact> out{{"engine", engine::engine_version(), {}}};
    auto path = engine::resolve_model(model);
    if (!path) {
      out.push_back({"model_path", {}, path.error().describe()});
      return out;
    }
    out.push_back({"model_path", path.value().string(), {}});
    // Loading here keeps the model load out of the first measured request (its own phase).
    auto loaded = engine_.load(path.value(), {});
    if (!loaded) {
      out.push_back({"model", {}, loaded.error().describe()});
      return out;
    }
    if (loaded.value())
      out.push_back(
          {"load_ms", numeric::format_double(static_cast<double>(*loaded.value()) / 1e6), {}});
    const auto info = engine_.info().value();
    out.push_back({"model_name", info.name, {}});
    out.push_back(
        {"demo_model", info.demo ? "yes: random weights, the text is meaningless" : "no", {}});
    out.push_back({"parameter_count", std::to_string(info.n_params), {}});
    out.push_back({"size_bytes", std::to_string(info.size_bytes), {}});
    out.push_back({"block_count", std::to_string(info.n_layer), {}});
    out.push_back({"context_length", std::to_string(info.n_ctx_train), {}});
    out.push_back({"chat_template",
                   info.chat_template.empty() ? "none (plain transcript)" : "the model's own",
                   {}});
    out.push_back({"gpu_layers", std::to_string(info.gpu_layers), {}});
    return out;
  }

 private:
  BackendConfig c_;
  mutable std::mutex mu_;
  mutable engine::Engine engine_;
};

}  // namespace

std::unique_ptr<Backend> make_embedded(BackendConfig c) {
  return std::make_unique<Embedded>(std::move(c));
}

}  // namespace chimera::backend
