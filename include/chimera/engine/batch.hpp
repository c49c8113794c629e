#pragma once
// Continuous batching over the embedded engine, as llama-server's slots: up to n_seq requests
// generate together on one model and one context (one KV-cache region of num_ctx tokens each),
// one token per running request per decode, on one thread of the engine's own. Requests wait in
// FIFO order for a free sequence; a request for another model or other load options waits for
// the running ones to finish, then the model is reloaded (as Ollama's runner does).
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chimera/core/error.hpp"
#include "chimera/engine/engine.hpp"

namespace chimera::engine {

class BatchEngine {
 public:
  struct Request {
    std::filesystem::path model;
    LoadOptions load;
    std::vector<Message> messages;
    std::optional<std::string> raw_prompt;  // the prompt as is (no chat template) when set
    SampleOptions sample;
    bool load_only = false;  // load the model (and report the load time), generate nothing
    const std::atomic<bool>* cancel = nullptr;  // checked before every token
    // All called on the engine's thread. on_start: taken, model loaded, before the prompt;
    // on_piece: text (false stops the request); on_done: exactly once, at the end or failure.
    std::function<void()> on_start;
    std::function<bool(std::string_view piece)> on_piece;
    std::function<void(Result<GenStats>)> on_done;
  };

  explicit BatchEngine(int n_seq);
  ~BatchEngine();  // waiting requests fail ("shutting down"), running ones are cancelled
  BatchEngine(const BatchEngine&) = delete;
  BatchEngine& operator=(const BatchEngine&) = delete;

  void submit(std::shared_ptr<Request> r);  // thread-safe
  void unload();                            // at the next moment nothing runs; thread-safe
  std::optional<ModelInfo> info() const;    // of the loaded model; thread-safe
  bool idle() const;                        // nothing running or waiting; thread-safe

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chimera::engine
