#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/serve/server.hpp"

namespace chimera::cli {
namespace {
volatile std::sig_atomic_t g_stop = 0;
void on_signal(int) {
  g_stop = 1;
}
}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<serve::ServeOptions>();
  auto key_env = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the embedded engine with Ollama's HTTP API (/api/generate, /api/chat, /api/tags, "
      "/api/ps,\n"
      "/api/show, /api/version) and an OpenAI-compatible /v1 (chat/completions, completions, "
      "models),\n"
      "so Ollama and OpenAI clients (and chimera probe) can use it without Ollama installed. "
      "--parallel\n"
      "requests generate together (continuous batching, one model and context). Two instances "
      "on two\n"
      "ports reproduce a dual-Ollama set-up.");
  cmd->add_option(
      "--model", o->models,
      "A model to serve: PATH.gguf, NAME=PATH.gguf or a locally pulled Ollama tag (repeatable;\n"
      "checked at start). Only these are servable through the API; NAME:latest is NAME");
  cmd->add_option("--host", o->host, "Address to bind (loopback unless --allow-remote)")
      ->capture_default_str();
  cmd->add_option("--port", o->port, "Port (11434 is Ollama's; 0 picks a free one)")
      ->capture_default_str();
  cmd->add_option("--parallel", o->parallel,
                  "Requests generated together in one batch (like OLLAMA_NUM_PARALLEL)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  cmd->add_option("--max-queue", o->max_queue,
                  "Requests waiting beyond this get HTTP 503 (like OLLAMA_MAX_QUEUE)")
      ->capture_default_str();
  cmd->add_option("--keep-alive", o->default_keep_alive_s,
                  "Seconds a model stays loaded after a request (-1: forever)")
      ->capture_default_str();
  cmd->add_option("--api-key-env", *key_env,
                  "Require 'Authorization: Bearer <key>', the key read from this variable");
  cmd->add_flag("--allow-remote", o->allow_remote, "Allow binding a non-loopback address");
  cmd->add_option("--max-body-bytes", o->max_body_bytes,
                  "Larger request bodies are refused (HTTP 413)")
      ->capture_default_str();
  cmd->add_option("--read-timeout", o->read_timeout_s,
                  "Seconds a client has to send its request body (its headers: at most 10 s)")
      ->capture_default_str();
  cmd->callback([o, key_env, &exit_code] {
    auto key = key_from_env(*key_env);
    if (!key) {
      exit_code = report_error(key.error());
      return;
    }
    o->api_key = key.value();
    serve::Server server(*o);
    if (auto st = server.start(); !st) {
      exit_code = report_error(st.error());
      return;
    }
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    std::cout << "chimera serve: listening on " << server.url()
              << " (Ollama API and OpenAI /v1; Ctrl-C stops)" << std::endl;
    while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    server.stop();
    exit_code = kExitOk;
  });
}

}  // namespace chimera::cli
