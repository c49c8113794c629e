#include <CLI/CLI.hpp>
#include <iostream>

#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/engine/model_init.hpp"

namespace chimera::cli {

void add_model_command(CLI::App& app, int& exit_code) {
  CLI::App* model = app.add_subcommand("model", "Manage models for the embedded engine");
  model->require_subcommand(1);
  struct Args {
    std::string path, vocab;
    bool force = false;
    engine::ModelShape shape;
  };
  auto a = std::make_shared<Args>();
  CLI::App* init = model->add_subcommand(
      "init",
      "Write a small llama-architecture GGUF with random weights (seeded: same seed and sizes, "
      "same bytes).\n"
      "It generates about 2,000 tokens/s on 2 cores with the defaults (bench/compare_engine.sh). "
      "Its text is meaningless: it "
      "is for\n"
      "measuring speed without downloading a model, and its metadata says so.");
  init->add_option("PATH", a->path, "Where to write the .gguf file")->required();
  init->add_option("--embd", a->shape.n_embd, "Embedding width")->capture_default_str();
  init->add_option("--layers", a->shape.n_layer, "Transformer blocks")->capture_default_str();
  init->add_option("--heads", a->shape.n_head, "Attention heads")->capture_default_str();
  init->add_option("--ffn", a->shape.n_ff, "Feed-forward width")->capture_default_str();
  init->add_option("--ctx", a->shape.n_ctx, "Training context length written to the metadata")
      ->capture_default_str();
  init->add_option("--seed", a->shape.seed, "Seed of the random weights")->capture_default_str();
  init->add_option("--vocab", a->vocab,
                   "Vocabulary GGUF (default: llama.cpp's ggml-vocab-llama-spm.gguf)");
  init->add_flag("--force", a->force, "Replace PATH when it exists (default: refuse)");
  init->callback([a, &exit_code] {
    std::error_code exists_ec;
    if (!a->force && std::filesystem::exists(a->path, exists_ec)) {
      exit_code = report_error(Error{ErrorCode::usage, "'" + a->path + "' exists",
                                     "give --force to replace it, or another PATH"});
      return;
    }
    const auto vocab = a->vocab.empty() ? engine::bundled_vocab() : std::filesystem::path(a->vocab);
    if (auto st = engine::write_random_model(a->path, a->shape, vocab); !st) {
      exit_code = report_error(st.error());
      return;
    }
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(a->path, ec);
    std::cerr << "chimera model init: wrote " << a->path << " ("
              << (ec ? std::string("size unknown") : std::to_string(bytes) + " bytes")
              << "; random weights, meaningless text)\n";
    exit_code = kExitOk;
  });
}

}  // namespace chimera::cli
