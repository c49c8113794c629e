#pragma once
// `chimera serve`: an Ollama-compatible HTTP server over the embedded engine (and an
// OpenAI-compatible /v1: chat/completions, completions, models). /api/generate and
// /api/chat (NDJSON streaming and non-streaming), /api/tags, /api/ps, /api/show, /api/version,
// with Ollama's field names, units and omission rules; keep_alive load/unload; N requests
// generated together (continuous batching) and a bounded queue (503 beyond it); errors in each
// protocol's shape.
#include <memory>
#include <string>
#include <vector>

#include "chimera/core/error.hpp"

namespace chimera::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 11434;                 // 0 picks a free port
  std::vector<std::string> models;  // "name=path" or a path/tag (listed by /api/tags)
  int parallel = 1;                 // requests generated together in one batch
  int max_queue = 512;              // requests waiting for a slot beyond this get 503
  std::string api_key;              // when set, every request needs "Authorization: Bearer <key>"
  bool allow_remote = false;        // required to bind a non-loopback address
  int default_keep_alive_s = 300;   // Ollama's default: 5 minutes
  std::size_t max_body_bytes = 32u << 20;
  int read_timeout_s = 30;  // a client must send its body within this (headers: min(10 s, this))
};

class Server {
 public:
  explicit Server(ServeOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts serving on background threads.
  Status start();
  void stop();
  int port() const;
  std::string url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chimera::serve
