#pragma once
// The embedded inference engine: llama.cpp in-process, with Ollama's options and Ollama's
// timing definitions (load, prompt eval, eval durations in ns; counts in tokens). RAII owns
// every llama handle. One Session generates one request at a time.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/core/error.hpp"

struct llama_model;
struct llama_context;

namespace chimera::engine {

// Options that need a (re)load when they change, as in Ollama.
struct LoadOptions {
  int num_ctx = 2048;
  int num_batch = 512;
  int num_thread = 0;  // 0: one per core
  int num_gpu = -1;    // layers on the GPU; -1: all that fit (a CPU-only build uses none)
  // Map the file (fast loads, shared page cache) or read it into memory: a server reads it, so a
  // file truncated under it cannot kill the process with SIGBUS.
  bool use_mmap = true;
  bool operator==(const LoadOptions&) const = default;
};

struct SampleOptions {
  int num_predict = -1;  // -1: until end of generation or the context is full
  float temperature = 0.8f, top_p = 0.9f, min_p = 0.0f, repeat_penalty = 1.0f;
  int top_k = 40, repeat_last_n = 64;
  std::int64_t seed = -1;  // -1: random
  // Generate past end-of-generation tokens (as llama-server's and vLLM's `ignore_eos`): fixed
  // output lengths for throughput measurements, whatever the model would say.
  bool ignore_eos = false;
  // A prompt longer than the context: cut to its first tokens and its latest (as Ollama does),
  // or an error (the default: a benchmark must not measure a prompt it did not send).
  bool truncate = false;
  // A GBNF grammar the output must follow (structured output: json_grammar(),
  // json_schema_grammar()); empty: free text.
  std::string grammar;
  std::vector<std::string> stop;
};

// Ollama-style options object (JSON text) split into load and sampling options. Unknown keys are
// returned in `ignored` (Ollama ignores them too).
struct ParsedOptions {
  LoadOptions load;
  SampleOptions sample;
  std::vector<std::string> ignored;
};
Result<ParsedOptions> parse_options(std::string_view options_json);

struct Message {
  std::string role, content;
};

struct GenStats {
  std::optional<std::int64_t> load_ns;  // set when this request loaded or reloaded the model
  std::int64_t prompt_eval_count = 0, prompt_eval_ns = 0;
  std::int64_t eval_count = 0, eval_ns = 0;
  std::int64_t total_ns = 0;
  std::string done_reason;  // "stop" or "length"
  // Set when the prompt was truncated: its length in tokens before (a lower bound when it was
  // far longer than the context and not tokenised whole).
  std::optional<std::int64_t> prompt_truncated_from;
};

// A piece of generated text; return false to stop generating.
using PieceFn = std::function<bool(std::string_view piece, std::int64_t t_ns)>;

struct ModelInfo {
  std::string path, name, description, chat_template;
  std::int64_t size_bytes = 0, n_params = 0;
  int n_layer = 0, n_ctx_train = 0, gpu_layers = 0;
  int n_ctx = 0;          // the context loaded now (num_ctx)
  std::string file_type;  // quantization of most tensors ("F16", "Q4_K_M"...), "" when unknown
  bool demo = false;      // written by `chimera model init`: random weights, meaningless text
};

// Loads models and keeps one loaded with its context; reloads when the model or a load option
// changes (the next GenStats reports the load).
class Engine {
 public:
  Engine();
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Generates from chat messages (formatted with the model's own chat template when it has one)
  // or, with raw_prompt set, from that text as is.
  Result<GenStats> generate(const std::filesystem::path& model, const LoadOptions& load,
                            const std::vector<Message>& messages,
                            const std::optional<std::string>& raw_prompt,
                            const SampleOptions& sample, const PieceFn& on_piece,
                            const std::atomic<bool>* cancel = nullptr);

  // Loads (or keeps) the model without generating; returns the load time when it loaded.
  Result<std::optional<std::int64_t>> load(const std::filesystem::path& model,
                                           const LoadOptions& load);
  void unload();
  bool loaded() const;
  std::optional<ModelInfo> info() const;  // of the loaded model

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Scalar metadata of a GGUF file (strings, numbers, booleans as text), read without loading the
// weights; arrays are skipped. Fails when the file is not GGUF.
Result<std::vector<std::pair<std::string, std::string>>> read_metadata(
    const std::filesystem::path& gguf);

// The grammar of any JSON object (llama.cpp's grammars/json.gbnf): Ollama's format "json".
const std::string& json_grammar();
// The grammar of the JSON values a JSON schema allows (llama.cpp's converter); an error for a
// schema it cannot read, or when this build lacks the converter (llama.cpp's common library).
Result<std::string> json_schema_grammar(const std::string& schema_json);

// Routes llama.cpp's log into ours: quiet unless CHIMERA_LLAMA_LOG=1 (errors are always kept).
void init_llama_logging();

// "llama.cpp <commit> (ggml <version>)".
std::string engine_version();

// A GGUF path as is; otherwise an Ollama tag ("gemma3:4b", "library/gemma3", "host/ns/name:tag")
// resolved through the local Ollama model store ($OLLAMA_MODELS or ~/.ollama/models):
// manifests/<host>/<namespace>/<name>/<tag> -> the model layer's blob.
Result<std::filesystem::path> resolve_model(const std::string& model_arg);

}  // namespace chimera::engine
