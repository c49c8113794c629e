// fake_llm_server: the fake LLM server as a standalone tool (see
// include/chimera/fake/fake_server.hpp).
#include <csignal>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "chimera/fake/fake_server.hpp"

namespace {
volatile std::sig_atomic_t g_stop = 0;
void on_signal(int) {
  g_stop = 1;
}
}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Fake LLM server speaking Ollama NDJSON and OpenAI SSE on loopback, with scripted timing and "
      "faults.\n"
      "Script a request through its model name: "
      "fake:ttft=50,gap=5,tokens=20,fault=close_mid,after=3",
      "fake_llm_server"};
  std::string host = "127.0.0.1";
  int port = 11500;
  chimera::fake::FakeScript d;
  app.add_option("--host", host, "Address to bind")->capture_default_str();
  app.add_option("--port", port, "Port (0 picks a free one)")->capture_default_str();
  app.add_option("--ttft", d.ttft_ms, "Default ms from request to first token")
      ->capture_default_str();
  app.add_option("--gap", d.gap_ms, "Default ms between tokens")->capture_default_str();
  app.add_option("--jitter", d.jitter_ms, "Default +- jitter on each gap, ms")
      ->capture_default_str();
  app.add_option("--tokens", d.tokens, "Default tokens per response")->capture_default_str();
  app.add_option("--seed", d.seed, "Seed for jitter and text")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  chimera::fake::FakeServer server(d);
  if (auto st = server.start(host, port); !st) {
    std::cerr << "fake_llm_server: " << st.error().describe() << "\n";
    return 1;
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::cout << "fake_llm_server listening on " << server.url() << std::endl;
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  server.stop();
  return 0;
}
